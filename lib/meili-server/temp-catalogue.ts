import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readCatalogue } from "../catalogue";
import { startMeili, type RunningMeili } from "./start-meili";
import { adminClient } from "../search/client";
import { rebuildIndex } from "../search/index-papers";
import { ensureSearchKey } from "../search/search-key";

export interface TempCatalogue {
  meili: RunningMeili;
  searchKey: string;
  paperCount: number;
  stop(): Promise<void>;
}

/**
 * A real Meilisearch on a free loopback port with a temporary data directory,
 * holding the real dumps (or the inputs named): for tests and benchmarks. MEILI_HOST is ignored on
 * purpose, so they never write to a server someone else runs.
 */
export async function startTempCatalogue(paths?: string[]): Promise<TempCatalogue> {
  const dir = mkdtempSync(path.join(tmpdir(), "papers-test-"));
  const env = { ...process.env };
  delete env.MEILI_HOST;
  const meili = await startMeili({ dataDir: dir, port: 0, masterKey: "test-master-key-0123456789", env, quiet: true });
  const admin = adminClient(meili.url, meili.masterKey);
  const { result, hash } = readCatalogue(paths);
  await rebuildIndex(admin, result.papers, hash);
  const searchKey = await ensureSearchKey(admin);
  return {
    meili,
    searchKey,
    paperCount: result.papers.length,
    stop: async () => {
      await meili.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

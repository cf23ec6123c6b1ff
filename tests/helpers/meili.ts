import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readCatalogue } from "../../lib/catalogue";
import { startMeili, type RunningMeili } from "../../lib/meili-server/start-meili";
import { adminClient } from "../../lib/search/client";
import { rebuildIndex } from "../../lib/search/index-papers";
import { ensureSearchKey } from "../../lib/search/search-key";

export interface TestCatalogue {
  meili: RunningMeili;
  searchKey: string;
  paperCount: number;
  stop(): Promise<void>;
}

/**
 * A real Meilisearch on a free loopback port with a temporary data directory,
 * holding the real dumps. MEILI_HOST is ignored on purpose: tests never write to
 * a server someone else runs.
 */
export async function startTestCatalogue(): Promise<TestCatalogue> {
  const dir = mkdtempSync(path.join(tmpdir(), "papers-test-"));
  const env = { ...process.env };
  delete env.MEILI_HOST;
  const meili = await startMeili({ dataDir: dir, port: 0, masterKey: "test-master-key-0123456789", env, quiet: true });
  const admin = adminClient(meili.url, meili.masterKey);
  const { result, hash } = readCatalogue();
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

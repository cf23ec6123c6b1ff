import { once } from "node:events";
import type { ChildProcess } from "node:child_process";
import path from "node:path";
import { DamagedIndexError, ensureIndex } from "../lib/catalogue";
import { appEnv } from "../lib/meili-server/app-env";
import { dataDirFrom, setAsideDatabase } from "../lib/meili-server/data-dir";
import { startMeili, type RunningMeili } from "../lib/meili-server/start-meili";
import { spawnTethered, watchLaunchers } from "../lib/meili-server/tether";
import { adminClient } from "../lib/search/client";
import { checkLiveIndex } from "../lib/search/index-papers";
import { ensureSearchKey } from "../lib/search/search-key";
import { ShrinkRefusedError } from "../lib/search/shrink-guard";
import { buildIfNeeded } from "./build-if-needed";

// `npm start` and `npm run dev`: Meilisearch (restarted when it dies), an index that answers, then Next.js.
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const root = process.cwd();
const dataDir = dataDirFrom(process.env, root);
const meiliOptions = { dataDir, port: Number(process.env.MEILI_PORT ?? 7700), role: "serve", supervise: true } as const;

let meili: RunningMeili | null = null;
let app: ChildProcess | null = null;
let shuttingDown = false;

async function shutdown(code: number, why?: string): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  if (why) console.error(why);
  const child = app;
  const appExited = child && child.exitCode === null && child.signalCode === null ? once(child, "exit") : null;
  if (appExited) {
    child!.kill("SIGTERM");
    setTimeout(() => child!.kill("SIGKILL"), 5000).unref();
  }
  await Promise.all([appExited, meili?.stop()]);
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0, `${signal}: stopping Next.js and Meilisearch`));
// A signal to npm kills its shell but not tsx or this process: notice that and stop too.
watchLaunchers((why) => void shutdown(0, `${why}: stopping Next.js and Meilisearch`));

/** Starts Meilisearch and makes sure its live index answers; a damaged database is set aside and rebuilt. */
async function startCatalogue(): Promise<{ admin: ReturnType<typeof adminClient>; summary: string }> {
  meili = await startMeili(meiliOptions);
  console.log(`Meilisearch: ${meili.describe}`);
  let admin = adminClient(meili.url, meili.masterKey);
  let outcome;
  try {
    outcome = await ensureIndex(admin);
  } catch (error) {
    if (!(error instanceof DamagedIndexError)) throw error;
    await meili.stop();
    const aside = setAsideDatabase(dataDir);
    console.error(`The live index is damaged (${error.message}): moved the database to ${path.relative(root, aside)}; rebuilding from the dumps.`);
    meili = await startMeili(meiliOptions);
    admin = adminClient(meili.url, meili.masterKey);
    outcome = await ensureIndex(admin, { force: true });
  }
  const { result, meta, rebuilt, upserted, paperCount } = outcome;
  const read = result ? ` from ${result.filesRead} files (${result.duplicatesMerged} duplicates merged, ${result.rejections.length} rejected)` : "";
  const summary = meta
    ? `Index built (${rebuilt}): ${meta.paperCount} papers${read}.`
    : upserted
      ? `Index updated in place (only the inputs changed): ${upserted.added} added, ${upserted.updated} updated, ${upserted.unchanged} unchanged, ${upserted.removed} removed; ${paperCount} papers.`
      : `Index up to date: ${paperCount} papers, answering queries.`;
  return { admin, summary };
}

try {
  let admin: ReturnType<typeof adminClient>;
  try {
    const started = await startCatalogue();
    admin = started.admin;
    console.log(started.summary);
  } catch (error) {
    // Set by startCatalogue before the ingest refused (TypeScript cannot see assignments in a callee).
    const running = meili as RunningMeili | null;
    if (!(error instanceof ShrinkRefusedError) || !running) throw error;
    admin = adminClient(running.url, running.masterKey);
    const live = await checkLiveIndex(admin);
    if (!live.usable) throw error;
    console.error(`${error.message}\nServing the live index as it is (${live.paperCount} papers); run \`npm run ingest -- --allow-shrink\` to replace it.`);
  }
  const searchKey = await ensureSearchKey(admin);
  if (!dev) buildIfNeeded(root);
  if (shuttingDown) await new Promise(() => {});
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const host = process.env.HOST ? ["-H", process.env.HOST] : [];
  app = spawnTethered(process.execPath, [next, dev ? "dev" : "start", "-p", String(port), ...host], {
    stdio: "inherit",
    env: appEnv(process.env, meili!.url, searchKey),
  });
  console.log(`Catalogue: http://localhost:${port}`);
  app.on("exit", (code) => void shutdown(code ?? 0));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}

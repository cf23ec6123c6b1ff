import { spawn } from "node:child_process";
import path from "node:path";
import { ensureIndex } from "../lib/catalogue";
import { appEnv } from "../lib/meili-server/app-env";
import { startMeili } from "../lib/meili-server/start-meili";
import { adminClient } from "../lib/search/client";
import { ensureSearchKey } from "../lib/search/search-key";
import { buildIfNeeded } from "./build-if-needed";

// `npm start` and `npm run dev`: Meilisearch, an up-to-date index, then Next.js.
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const root = process.cwd();

const meili = await startMeili({ dataDir: path.join(root, ".data", "meili"), port: Number(process.env.MEILI_PORT ?? 7700) });
console.log(`Meilisearch: ${meili.describe}`);

let shuttingDown = false;
async function shutdown(code: number): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true;
    app?.kill("SIGTERM");
    await meili.stop();
  }
  process.exit(code);
}
let app: ReturnType<typeof spawn> | null = null;
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  const admin = adminClient(meili.url, meili.masterKey);
  const { run, meta } = await ensureIndex(admin);
  const { result } = run;
  console.log(
    meta
      ? `Index built: ${meta.paperCount} papers from ${result.filesRead} dumps (${result.duplicatesMerged} duplicates merged, ${result.rejections.length} rejected).`
      : `Index up to date: ${result.papers.length} papers.`,
  );
  const searchKey = await ensureSearchKey(admin);
  if (!dev) buildIfNeeded(root);
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const host = process.env.HOST ? ["-H", process.env.HOST] : [];
  app = spawn(process.execPath, [next, dev ? "dev" : "start", "-p", String(port), ...host], {
    stdio: "inherit",
    env: appEnv(process.env, meili.url, searchKey),
  });
  console.log(`Catalogue: http://localhost:${port}`);
  app.on("exit", (code) => void shutdown(code ?? 0));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}

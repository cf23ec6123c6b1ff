import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";

/** The managed Meilisearch's data directory: MEILI_DATA_DIR, else `.data/meili` (git-ignored). */
export function dataDirFrom(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): string {
  return env.MEILI_DATA_DIR ? path.resolve(root, env.MEILI_DATA_DIR) : path.join(root, ".data", "meili");
}

/**
 * Moves a damaged database out of the way (keeping the last one to look at), so Meilisearch
 * starts empty and the index is rebuilt from the dumps, which are the source of truth.
 */
export function setAsideDatabase(dataDir: string): string {
  const db = path.join(dataDir, "data.ms");
  const aside = path.join(dataDir, "data.ms.damaged");
  rmSync(aside, { recursive: true, force: true });
  if (existsSync(db)) renameSync(db, aside);
  return aside;
}

import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Meilisearch's own minimum in production; shorter keys are guessable, an empty one disables authentication. */
export const MIN_MASTER_KEY_BYTES = 16;

export function masterKeyFile(dataDir: string): string {
  return path.join(dataDir, "..", `${path.basename(dataDir)}.master-key`);
}

/** Throws when a key would leave the index open to anyone on the machine. */
export function assertStrongMasterKey(key: string, source: string): void {
  const bytes = Buffer.byteLength(key, "utf8");
  if (bytes >= MIN_MASTER_KEY_BYTES) return;
  throw new Error(
    `${source} holds a master key of ${bytes} bytes; at least ${MIN_MASTER_KEY_BYTES} are needed, or Meilisearch would run with weak or no authentication. ` +
      `Delete the file to have a new key generated (the search-only key follows it), or write a longer one.`,
  );
}

/** A master key kept beside the data it protects, so restarts reuse it; created on first use. */
export function readOrCreateMasterKey(dataDir: string): string {
  const file = masterKeyFile(dataDir);
  if (existsSync(file)) {
    const key = readFileSync(file, "utf8").trim();
    assertStrongMasterKey(key, path.relative(process.cwd(), file) || file);
    return key;
  }
  const key = randomBytes(24).toString("base64url");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, key, { mode: 0o600 });
  return key;
}

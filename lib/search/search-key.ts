import type { Meilisearch } from "meilisearch";
import { INDEX_UID, META_INDEX_UID } from "./settings";

// A fixed uid makes the key the same across restarts of the same data directory.
const SEARCH_KEY_UID = "6f1c2a3e-4b5d-4e6f-8a9b-0c1d2e3f4a5b";

/** Returns a key that can only search the catalogue's indexes, creating it once. */
export async function ensureSearchKey(admin: Meilisearch): Promise<string> {
  try {
    return (await admin.getKey(SEARCH_KEY_UID)).key;
  } catch {
    const created = await admin.createKey({
      uid: SEARCH_KEY_UID,
      name: "catalogue web app (search only)",
      description: "Used by the Next.js server to query the papers index.",
      actions: ["search"],
      indexes: [INDEX_UID, META_INDEX_UID],
      expiresAt: null,
    });
    return created.key;
  }
}

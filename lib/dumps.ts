import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { DumpInput } from "./ingest/build-papers";

export const DEFAULT_DUMP_DIR = path.join(process.cwd(), "data", "dumps");

/** `<dump>.meta.json`: facts about a capture that the page text does not state. */
const DumpMeta = z.object({
  capturedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "capturedOn must be YYYY-MM-DD"),
  note: z.string().optional(),
});

function listDumpFiles(paths: string[]): string[] {
  return paths.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .filter((f) => f.endsWith(".txt"))
          .sort()
          .map((f) => path.join(p, f))
      : [p],
  );
}

function readMeta(file: string): z.infer<typeof DumpMeta> | null {
  const sidecar = file.replace(/\.txt$/, "") + ".meta.json";
  if (!existsSync(sidecar)) return null;
  const parsed = DumpMeta.safeParse(JSON.parse(readFileSync(sidecar, "utf8")));
  if (!parsed.success) throw new Error(`${sidecar}: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  return parsed.data;
}

/** Reads dump files (or folders of them) with their sidecars; `capturedOn` overrides every sidecar. */
export function loadDumps(paths: string[] = [DEFAULT_DUMP_DIR], capturedOn?: string): DumpInput[] {
  return listDumpFiles(paths).map((file) => ({
    file: path.relative(process.cwd(), file) || file,
    text: readFileSync(file, "utf8"),
    options: { capturedOn: capturedOn ?? readMeta(file)?.capturedOn ?? null },
  }));
}

/** Changes whenever a dump, a sidecar or the ingest code's version changes: decides when to re-ingest. */
export function dumpsHash(inputs: DumpInput[], codeVersion: string): string {
  const hash = createHash("sha256").update(codeVersion);
  for (const input of inputs) hash.update(input.file).update("\0").update(input.text).update(String(input.options?.capturedOn));
  return hash.digest("hex").slice(0, 16);
}

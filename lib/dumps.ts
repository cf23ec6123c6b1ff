import { createHash } from "node:crypto";
import { closeSync, openSync, readFileSync, readSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { DumpInput } from "./ingest/build-papers";
import { isValidIsoDate } from "./ingest/dates";
import { detectFormat, STREAMED_FORMATS } from "./ingest/sources/format";

export const DEFAULT_DUMP_DIR = path.join(process.cwd(), "data", "dumps");

/** `<dump>.meta.json`: facts about a capture that the page text does not state. */
const DumpMeta = z.object({
  capturedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "capturedOn must be YYYY-MM-DD")
    .refine(isValidIsoDate, { error: (issue) => `capturedOn "${String(issue.input)}" is not a real date` }),
  note: z.string().optional(),
});

const relative = (file: string) => path.relative(process.cwd(), file) || file;

/** What the file system said, in words: "no such file or folder" rather than a stack trace. */
function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a folder, not a dump file";
  return error instanceof Error ? error.message : String(error);
}

type Listed = { file: string } | { file: string; error: string };

// Listings are .txt; the JSON and XML sources keep the names their tools give them. Sidecars are not inputs.
const INPUT_NAME = /\.(txt|json|jsonl|atom|xml)$/;
const isInputName = (name: string) => INPUT_NAME.test(name) && !name.endsWith(".meta.json");

function listFolder(dir: string): Listed[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => isInputName(e.name))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((e) => {
      const file = path.join(dir, e.name);
      return e.isDirectory() ? { file, error: "is a folder, not a dump file" } : { file };
    });
}

function listDumpFiles(paths: string[]): Listed[] {
  const seen = new Set<string>();
  // A file named and also in a folder named (an incremental run reads the index's files and the folder) is read once.
  const once = (listed: Listed) => !seen.has(path.resolve(listed.file)) && seen.add(path.resolve(listed.file));
  return paths.flatMap((p): Listed[] => {
    try {
      return (statSync(p).isDirectory() ? listFolder(p) : [{ file: p }]).filter(once);
    } catch (error) {
      return [{ file: p, error: describe(error) }];
    }
  });
}

function parseSidecar(sidecar: string): z.infer<typeof DumpMeta> | string {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(sidecar, "utf8"));
  } catch (error) {
    return error instanceof SyntaxError ? `not valid JSON (${error.message})` : describe(error);
  }
  const parsed = DumpMeta.safeParse(json);
  if (parsed.success) return parsed.data;
  return `expected { "capturedOn": "YYYY-MM-DD", "note"?: "…" }: ${parsed.error.issues.map((i) => i.message).join("; ")}`;
}

/** The capture date of a dump's sidecar, null without one, or what is wrong with it. */
function readCaptureDate(file: string): { capturedOn: string | null } | { error: { file: string; reason: string } } {
  const sidecar = file.replace(/\.txt$/, "") + ".meta.json";
  try {
    statSync(sidecar);
  } catch {
    return { capturedOn: null };
  }
  const meta = parseSidecar(sidecar);
  if (typeof meta !== "string") return { capturedOn: meta.capturedOn };
  return { error: { file: relative(sidecar), reason: `${meta}; ${path.basename(file)} was not read` } };
}

/** The first bytes of a file, enough to tell its format. */
function head(file: string): string {
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(4096);
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/**
 * A dump's text. A file that is not UTF-8 but has none of its multi-byte letters either was saved as
 * Windows-1252 / Latin-1 (Notepad's "ANSI"): read so, "Nyström" stays "Nyström" and still merges with
 * the UTF-8 listing of the paper. A binary file (NUL bytes, or mostly undecodable) stays as it was,
 * for the parser to name it.
 */
function decodeDump(buffer: Buffer): { text: string; encoding?: "windows-1252" } {
  const text = buffer.toString("utf8");
  const undecodable = text.split("\uFFFD").length - 1;
  if (!undecodable || text.includes("\u0000") || undecodable > text.length / 20) return { text };
  if (/[\u0080-\uFFFC\uFFFE-\uFFFF]/.test(text.replace(/^\uFEFF/, ""))) return { text };
  return { text: new TextDecoder("windows-1252").decode(buffer), encoding: "windows-1252" };
}

/** A snapshot is read line by line later: here only its size and time stand for its content in the catalogue's hash. */
function streamedInput(file: string, path: string): DumpInput | null {
  try {
    if (!STREAMED_FORMATS.includes(detectFormat(head(path)) as never)) return null;
    const stat = statSync(path);
    return { file, text: "", path, streamed: true, fingerprint: `${stat.size}:${stat.mtimeMs}` };
  } catch {
    return null;
  }
}

function loadDump(listed: Listed, capturedOn?: string): DumpInput {
  const file = relative(listed.file);
  if ("error" in listed) return { file, text: "", error: { file, reason: listed.error } };
  const streamed = streamedInput(file, listed.file);
  if (streamed) return streamed;
  const capture = capturedOn ? { capturedOn } : readCaptureDate(listed.file);
  if ("error" in capture) return { file, text: "", error: capture.error };
  try {
    const { text, encoding } = decodeDump(readFileSync(listed.file));
    return { file, text, options: { capturedOn: capture.capturedOn, ...(encoding && { encoding }) } };
  } catch (error) {
    return { file, text: "", error: { file, reason: describe(error) } };
  }
}

/**
 * Reads dump files (or folders of them) with their sidecars; `capturedOn` overrides every sidecar.
 * A file or sidecar that cannot be read comes back with an `error` naming it; the others are read.
 */
export function loadDumps(paths: string[] = [DEFAULT_DUMP_DIR], capturedOn?: string): DumpInput[] {
  return listDumpFiles(paths).map((listed) => loadDump(listed, capturedOn));
}

/** Changes whenever a dump, a sidecar or the ingest code's version changes: decides when to re-ingest. */
export function dumpsHash(inputs: DumpInput[], codeVersion: string): string {
  const hash = createHash("sha256").update(codeVersion);
  for (const input of [...inputs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    hash.update(input.file).update("\0").update(input.text).update(String(input.options?.capturedOn));
    if (input.fingerprint) hash.update(`\0${input.fingerprint}`);
    if (input.error) hash.update(`\0${input.error.file}: ${input.error.reason}`);
  }
  return hash.digest("hex").slice(0, 16);
}

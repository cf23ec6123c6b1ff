import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const run = (...args: string[]) =>
  spawnSync(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/ingest.ts", ...args], { encoding: "utf8", timeout: 60_000 });

describe("npm run ingest", () => {
  it("--dry-run --out lists every paper of the dumps exactly once, with facets and evidence, and prints the report", () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "ingest-")), "papers.json");
    const result = run("--dry-run", "--out", out);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/records read\s+426/);
    expect(result.stdout).toMatch(/unique papers\s+383/);
    expect(result.stdout).toMatch(/records read\s+426 = 383 indexed \+ 43 merged \+ 0 rejected/);
    const papers = JSON.parse(readFileSync(out, "utf8"));
    expect(papers).toHaveLength(383);
    expect(new Set(papers.map((p: { title: string }) => p.title.toLowerCase())).size).toBe(383);
    expect(papers.every((p: { domain: string[]; evidence: { domain: unknown[] } }) => p.domain.length > 0 && p.evidence.domain.length > 0)).toBe(true);
  });

  it("names an unreadable file with its line and reason, still reads the others, and exits non-zero", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ingest-"));
    const bad = path.join(dir, "broken.txt");
    writeFileSync(bad, "\n\nthis is not a listing\n");
    const result = run("--dry-run", bad, "data/dumps/002_5eb63875864d66b3.txt");
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/broken\.txt:3: fits neither layout/);
    expect(result.stdout).toMatch(/unique papers\s+9/);
  });

  it("reads hand-copied and oddly saved inputs (BOM, CRLF, Windows-1252, a streamed snapshot with a BOM) and names the one that is no source", () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "ingest-")), "papers.json");
    const hostile = ["hand-copied-layout-b.txt", "latin1-layout-a.txt", "bom-daily-papers.json", "bom-snapshot.jsonl", "pretty-object.json"];
    const result = run("--dry-run", "--out", out, ...hostile.map((f) => path.join("tests", "fixtures", "hostile", f)));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/records read\s+11 = 9 indexed \+ 1 merged \+ 1 rejected/);
    expect(result.stdout).toMatch(/pretty-object\.json:1: a JSON document that is none of the sources/);
    expect(result.stdout).toMatch(/hand-copied-layout-b\.txt:51: title "https:\/\/huggingface\.co\/papers\/2301\.06051" is a link/);
    const papers: { title: string; arxivId: string | null }[] = JSON.parse(readFileSync(out, "utf8"));
    expect(papers.map((p) => p.arxivId).filter(Boolean)).toEqual(expect.arrayContaining(["2104.11178", "2308.11509", "2111.09883", "2312.00752"]));
    expect(papers.some((p) => p.title.startsWith("Nyströmformer"))).toBe(true);
  });
});

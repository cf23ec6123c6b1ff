import { readFileSync } from "node:fs";
import path from "node:path";

export const DUMP_DIR = path.join(process.cwd(), "data", "dumps");
export const LAYOUT_A = "000_b4b64641f15b7887.txt";
export const LAYOUT_B = "001_b4fe7737b1858a70.txt";

export function readDump(name: string): string {
  return readFileSync(path.join(DUMP_DIR, name), "utf8");
}

/** The first `n` lines of a real dump: small fixtures that are still real data. */
export function dumpHead(name: string, n: number): string {
  return readDump(name).split("\n").slice(0, n).join("\n");
}

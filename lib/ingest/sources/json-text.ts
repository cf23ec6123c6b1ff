/** The 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Where JSON.parse stopped, as a line, and its message without V8's offset. */
export function jsonError(text: string, error: SyntaxError): { line: number; reason: string } {
  const position = /at position (\d+)/.exec(error.message);
  const lineCol = /\(line (\d+) column \d+\)/.exec(error.message);
  const line = lineCol ? Number(lineCol[1]) : position ? lineAt(text, Number(position[1])) : 1;
  const reason = error.message.replace(/\s*(in JSON )?at position \d+.*$/, "").replace(/\s*\(line \d+ column \d+\)/, "");
  return { line, reason: `not valid JSON: ${reason}` };
}

/**
 * The line each element of a top-level JSON array starts on, so a bad element is reported where
 * it stands. Strings are skipped as a whole: a bracket inside a title does not count.
 */
export function arrayElementLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") line++;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === " " || c === "\t" || c === "\r" || c === "\n") continue;
    if (depth === 1 && expectElement && c !== "]") {
      lines.push(line);
      expectElement = false;
    }
    if (c === '"') inString = true;
    else if (c === "[" || c === "{") {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (c === "]" || c === "}") depth--;
    else if (c === "," && depth === 1) expectElement = true;
  }
  return lines;
}

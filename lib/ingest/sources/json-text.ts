/** The 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

// Node 20's messages name no position for some errors ("Unexpected token '}', …"): then the first
// element of an array that does not parse on its own is where the text breaks.
function brokenElementLine(text: string): number | null {
  for (const element of arrayElements(text)) {
    try {
      JSON.parse(text.slice(element.start, element.end));
    } catch {
      return element.line;
    }
  }
  return null;
}

/** Where JSON.parse stopped, as a line, and its message without V8's offset. */
export function jsonError(text: string, error: SyntaxError): { line: number; reason: string } {
  const position = /at position (\d+)/.exec(error.message);
  const lineCol = /\(line (\d+) column \d+\)/.exec(error.message);
  const line = lineCol ? Number(lineCol[1]) : position ? lineAt(text, Number(position[1])) : (brokenElementLine(text) ?? 1);
  const reason = error.message
    .replace(/\s*(in JSON )?at position \d+.*$/, "")
    .replace(/\s*\(line \d+ column \d+\)/, "")
    .replace(/, "[\s\S]*"(\.\.\.)? is not valid JSON$/, "");
  return { line, reason: `not valid JSON: ${reason}` };
}

/**
 * The line each element of a top-level JSON array starts on, so a bad element is reported where
 * it stands. Strings are skipped as a whole: a bracket inside a title does not count.
 */
export function arrayElementLines(text: string): number[] {
  return arrayElements(text).map((e) => e.line);
}

/** Each top-level element's line and its text's start and end offsets. */
export function arrayElements(text: string): { line: number; start: number; end: number }[] {
  const lines: { line: number; start: number; end: number }[] = [];
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
      lines.push({ line, start: i, end: text.length });
      expectElement = false;
    }
    if (c === '"') inString = true;
    else if (c === "[" || c === "{") {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (c === "]" || c === "}") {
      depth--;
      if (depth === 0 && lines.length) lines[lines.length - 1].end = i;
    } else if (c === "," && depth === 1) {
      if (lines.length) lines[lines.length - 1].end = i;
      expectElement = true;
    }
  }
  return lines;
}

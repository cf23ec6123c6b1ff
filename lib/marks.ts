/** The markers the search wraps matched words in (Meilisearch's highlight tags; plain text, never HTML). */
export const MATCH_START = "\u0001";
export const MATCH_END = "\u0002";

export type MarkedPart = { text: string; marked: boolean };

const WORD_END = /^[\p{L}\p{N}]+/u;
const WORD_START = /[\p{L}\p{N}]+$/u;

/**
 * Splits marked text into plain and marked parts, each mark grown to the whole word it sits in: for a
 * typo or prefix match Meilisearch marks only as many letters as were typed ("Transforme|r").
 */
export function markedParts(text: string): MarkedPart[] {
  const parts: MarkedPart[] = [];
  for (const [i, piece] of text.split(new RegExp(`${MATCH_START}([^${MATCH_END}]*)${MATCH_END}`)).entries()) {
    if (i % 2 === 1) {
      parts.push({ text: piece, marked: true });
      continue;
    }
    let plain = piece;
    const previous = parts.at(-1);
    if (previous?.marked) {
      const tail = WORD_END.exec(plain)?.[0] ?? "";
      previous.text += tail;
      plain = plain.slice(tail.length);
    }
    parts.push({ text: plain, marked: false });
  }
  // The other direction: letters just before a mark belong to it too ("pre|Transformer" from a synonym match).
  for (let i = 1; i < parts.length; i++) {
    if (!parts[i].marked || parts[i - 1].marked) continue;
    const head = WORD_START.exec(parts[i - 1].text)?.[0] ?? "";
    parts[i - 1].text = parts[i - 1].text.slice(0, parts[i - 1].text.length - head.length);
    parts[i].text = head + parts[i].text;
  }
  // Marks that now touch ("Trans|former" split in two) read as one.
  return parts
    .filter((p) => p.text)
    .reduce<MarkedPart[]>((out, p) => {
      const last = out.at(-1);
      if (last && last.marked === p.marked) last.text += p.text;
      else out.push({ ...p });
      return out;
    }, []);
}

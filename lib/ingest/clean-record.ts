import { ABSTRACT_MAX, ABSTRACT_MIN, LINE_MAX, overCap, TITLE_MAX, TITLE_MIN } from "./caps";
import { cleanText, normaliseSpacing, stripControls } from "./clean-text";
import { extractModelName } from "./model-name";
import type { RawRecord } from "./raw-record";

/** A record with its stored text cleaned and checked against the caps: what merging and indexing see. */
export interface CleanRecord extends RawRecord {
  modelName: string | null;
}

export type Cleaned = { ok: true; record: CleanRecord } | { ok: false; reason: string };

function overlongLine(raw: RawRecord): string | null {
  const lines: [string, string | null][] = [
    ["title line", raw.title],
    ["abstract line", raw.abstract],
    ["organisation line", raw.organization],
  ];
  for (const [what, text] of lines) if (text && text.length > LINE_MAX) return overCap(what, text.length, LINE_MAX, "line");
  return null;
}

function textProblem(title: string, abstract: string): string | null {
  if (!/[\p{L}\p{N}]/u.test(title)) return `title "${title.slice(0, 60)}" has no letters or digits`;
  // A link or a bare arXiv id pasted in the title's place names the paper but is no title to show or search.
  if (/^(?:https?:\/\/\S+|(?:arXiv:\s?)?\d{4}\.\d{4,5}(?:v\d+)?)$/i.test(title)) return `title "${title.slice(0, 60)}" is a link or an arXiv id, not a title`;
  if (title.length < TITLE_MIN) return `title "${title}" is shorter than ${TITLE_MIN} characters`;
  if (title.length > TITLE_MAX) return overCap("title", title.length, TITLE_MAX, "title");
  if (abstract.length < ABSTRACT_MIN) return `abstract is ${abstract.length} characters, under the ${ABSTRACT_MIN}-character minimum`;
  if (abstract.length > ABSTRACT_MAX) return overCap("abstract", abstract.length, ABSTRACT_MAX, "abstract");
  return null;
}

/** Cleans one record's text and checks it on its own, before merging: an invalid copy never taints a paper. */
export function cleanRecord(raw: RawRecord): Cleaned {
  const overlong = overlongLine(raw);
  if (overlong) return { ok: false, reason: overlong };
  const title = cleanText(raw.title);
  const modelName = extractModelName(title);
  const abstract = cleanText(raw.abstract, modelName);
  const problem = textProblem(title, abstract);
  if (problem) return { ok: false, reason: problem };
  const organization = raw.organization ? normaliseSpacing(stripControls(raw.organization)) || null : null;
  return { ok: true, record: { ...raw, title, abstract, modelName, organization } };
}

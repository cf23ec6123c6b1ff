import { z } from "zod";
import { Paper } from "../paper";
import type { Identity } from "./assign-identity";
import { classify } from "./classify/classify";
import { normaliseSpacing, stripControls } from "./clean-text";
import { extractCodeUrl } from "./code-url";
import type { MergedRecord } from "./merge";

// A link the abstract spells badly is not worth losing the paper for.
const validUrl = (url: string | null) => (url && z.url().safeParse(url).success ? url : null);

// A source's lists are its own: a name that is no name (empty, control characters, absurdly long) is
// left out rather than costing the paper.
const names = (list: string[], max: number, count: number) =>
  list
    .map((n) => normaliseSpacing(stripControls(n)))
    .filter((n) => n.length > 0 && n.length <= max)
    .slice(0, count);

/** Used where no fingerprint of the classifier's code was given (tests, pure callers). */
export const UNVERSIONED = "unversioned";

/** Enriches and classifies a merged, cleaned record; throws a ZodError when the result is not a valid Paper. */
export function toPaper(record: MergedRecord, identity: Identity, classifierVersion: string = UNVERSIONED): Paper {
  const { title, abstract, modelName } = record;
  const given = validUrl(record.codeUrl);
  const codeUrl = given ?? validUrl(extractCodeUrl(abstract));
  const provenance = { ...record.provenance };
  if (!given) delete provenance.codeUrl;
  // The first arXiv version dates a paper better than the day a listing showed it.
  const date = record.published ?? record.date;
  if (record.published) provenance.date = provenance.published;
  return Paper.parse({
    ...identity,
    title,
    modelName,
    abstract,
    codeUrl,
    hasCode: codeUrl !== null,
    authorCount: Math.max(record.authorCount ?? 0, record.authors.length) || null,
    organization: record.organization,
    date,
    year: date ? Number(date.slice(0, 4)) : null,
    upvotes: record.upvotes,
    arxivId: record.arxivId,
    authors: names(record.authors, 200, 5000),
    categories: names(record.categories, 40, 50),
    doi: record.doi && record.doi.length <= 300 ? record.doi : null,
    published: record.published,
    updated: record.updated,
    provenance,
    classifierVersion,
    ...classify({ title, abstract }),
    sources: record.sources,
  });
}

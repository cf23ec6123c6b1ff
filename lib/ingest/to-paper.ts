import { z } from "zod";
import { Paper } from "../paper";
import type { Identity } from "./assign-identity";
import { classify } from "./classify/classify";
import { extractCodeUrl } from "./code-url";
import type { MergedRecord } from "./merge";

// A link the abstract spells badly is not worth losing the paper for.
const validUrl = (url: string | null) => (url && z.url().safeParse(url).success ? url : null);

/** Enriches and classifies a merged, cleaned record; throws a ZodError when the result is not a valid Paper. */
export function toPaper(record: MergedRecord, identity: Identity): Paper {
  const { title, abstract, modelName } = record;
  const codeUrl = validUrl(extractCodeUrl(abstract));
  return Paper.parse({
    ...identity,
    title,
    modelName,
    abstract,
    codeUrl,
    hasCode: codeUrl !== null,
    authorCount: record.authorCount,
    organization: record.organization,
    date: record.date,
    year: record.date ? Number(record.date.slice(0, 4)) : null,
    upvotes: record.upvotes,
    ...classify({ title, abstract }),
    sources: record.sources,
  });
}

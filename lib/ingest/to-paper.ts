import { Paper } from "../paper";
import { classify } from "./classify/classify";
import { cleanText } from "./clean-text";
import { extractCodeUrl } from "./code-url";
import { toId, toSlug } from "./identity";
import type { MergedRecord } from "./merge";
import { extractModelName } from "./model-name";

/** Cleans, enriches and classifies a merged record; throws a ZodError when the result is not a valid Paper. */
export function toPaper(record: MergedRecord): Paper {
  const title = cleanText(record.title);
  const modelName = extractModelName(title);
  const abstract = cleanText(record.abstract, modelName);
  const codeUrl = extractCodeUrl(abstract);
  return Paper.parse({
    id: toId(title),
    slug: toSlug(title),
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

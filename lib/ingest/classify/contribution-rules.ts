import type { FacetSlug } from "../../taxonomy";
import type { Rule } from "./rule";

export const CONTRIBUTION_RULES: Rule<FacetSlug<"contribution">>[] = [
  {
    value: "method",
    strong: [/\b(we (?:propose|present|introduce|develop|design|devise)|this paper (?:proposes|presents|introduces)|a novel|new (?:model|method|architecture|framework|approach)|our (?:model|method|approach|framework))\b/i],
  },
  {
    value: "survey",
    title: [/\b(survey|review|tutorial|introduction to|overview)\b/i],
    strong: [/\b(this (?:survey|review)|we (?:survey|review)|comprehensive (?:survey|review)|systematic (?:survey|review))\b/i],
  },
  {
    value: "analysis",
    strong: [/\b(we (?:analy[sz]e|study|investigate|show theoretically|prove)|theoretical(?:ly)?|theory|scaling laws?|empirical (?:study|analysis)|analysis of|we find that|mechanistic|understanding)\b/i],
  },
  {
    value: "benchmark",
    strong: [/\b(benchmark(?:ing)?s?|new datasets?|we (?:release|collect|construct|introduce) (?:a |the )?(?:new |large-scale )?dataset|evaluation suite|comparative study|comparison of)\b/i],
  },
  {
    value: "system",
    strong: [/\b(toolkit|library|open-source (?:framework|system|toolkit|library)|serving system|training system|software)\b/i],
  },
];

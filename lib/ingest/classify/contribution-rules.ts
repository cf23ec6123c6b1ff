import type { FacetSlug } from "../../taxonomy";
import type { Rule } from "./rule";

// Contribution is decided mostly by the title and by what "we" do; every paper
// mentions benchmarks and analyses in passing, so those words alone mean nothing.
export const CONTRIBUTION_RULES: Rule<FacetSlug<"contribution">>[] = [
  {
    value: "method",
    strong: [
      /\b(we (?:propose|present|introduce|develop|design|devise|build|pretrain|pre-train|train|construct)|(?:this|the) (?:paper|work) (?:proposes|presents|introduces|develops)|(?:propose|present|introduce)s? (?:a|an) (?:novel|new|simple|efficient|unified|general)|a novel|(?:our|the proposed) (?:model|method|approach|framework|architecture|technique)|is proposed|are proposed|called|named|dubbed|termed)\b/i,
    ],
  },
  {
    value: "survey",
    title: [/\b(survey|review|tutorial|introduction to|an introduction|overview)\b/i],
    strong: [/\b(this (?:survey|review|tutorial)|we (?:survey|review)|(?:comprehensive|systematic|thorough) (?:survey|review|overview|literature))\b/i],
  },
  {
    value: "analysis",
    // "Time Series Analysis" or "image analysis" in a title name a field, so only "analysis of/on" counts.
    title: [
      /^(?:on|understanding|towards? understanding|analy[sz]\w+|why|what|how|when|revisiting|investigating|probing)\b|\b(analysis (?:of|on)|understand\w*|theory|theoretical|scaling laws?|empirical study|explain\w*|lens|universal approximation|expressiv\w+|are \w+ (?:learners|optimizers)|training dynamics|in-context learning|hypothesis)\b/i,
    ],
    strong: [
      /\b((?:we|I) (?:also |further |first )?(?:theoretically|empirically|systematically|formally|mathematically)? ?(?:analy[sz]e|investigate|study|prove|characteri[sz]e|examine|probe|explain|demystify)|(?:this (?:paper|work|study)) (?:explores|investigates|studies|examines|analy[sz]es)|(?:theoretical|mechanistic|empirical) (?:analysis|understanding|study|investigation)|scaling laws?|we (?:find|show|demonstrate) (?:theoretically|empirically|that (?:transformers|attention|the))|we provide (?:a )?(?:theoretical|formal))\b/i,
    ],
    min: 1.5,
  },
  {
    value: "benchmark",
    title: [/\b(benchmark\w*|(?<!-)datasets?|corpus|comparative|comparison|evaluation of|vs\.?|versus|a study of|long range arena)\b/i],
    strong: [
      /\b((?:introduc|releas|contribut|publish)\w*\b[^.;]{0,60}\b(?:dataset|benchmark|corpus|evaluation suite|testbed|data collection)s?|(?<!(?:sets?|establish\w*|achiev\w*|setting|reach\w*) (?:a |the )?)(?:new|novel|first) (?:\w+ ){0,2}(?:dataset|benchmark|corpus)s?|(?:dataset|benchmark)s? (?:is|are|will be) (?:publicly )?(?:released|available)|comparative (?:study|analysis|evaluation)|we (?:benchmark|compare|evaluate) (?:a |the )?(?:wide range|number|variety|several|multiple|many|different|existing)|systematic(?:ally)? (?:compar\w+|evaluat\w+|benchmark\w*))\b/i,
    ],
  },
  {
    value: "system",
    title: [/\b(toolkit|library|package|system|platform|open-source|interactive|visuali[sz]ation tool|framework for (?:training|inference|serving))\b/i],
    strong: [
      /\b(toolkit|software library|open-source (?:framework|system|toolkit|library|platform)|(?:training|serving|inference) system|an? (?:unified )?(?:deep learning )?(?:system|library|toolkit) (?:for|that))\b/i,
    ],
    min: 1.5,
  },
];

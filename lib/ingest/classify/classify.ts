import type { Evidence, Paper } from "../../paper";
import type { FacetName } from "../../taxonomy";
import { ARCHITECTURE_RULES } from "./architecture-rules";
import { CONTRIBUTION_RULES } from "./contribution-rules";
import { DOMAIN_RULES } from "./domain-rules";
import { applyRule, findHits, type ContrastPolicy, type Rule, type Text } from "./rule";
import { TASK_RULES } from "./task-rules";
import { TECHNIQUE_RULES } from "./technique-rules";

export type Facets = Pick<Paper, FacetName | "evidence">;

const RULES: { [F in FacetName]: { rules: Rule<Paper[F][number]>[]; policy: ContrastPolicy } } = {
  domain: { rules: DOMAIN_RULES, policy: "loose" },
  task: { rules: TASK_RULES, policy: "loose" },
  technique: { rules: TECHNIQUE_RULES, policy: "strict" },
  architecture: { rules: ARCHITECTURE_RULES, policy: "strict" },
  contribution: { rules: CONTRIBUTION_RULES, policy: "loose" },
};

const MULTIMODAL_CUE =
  /\b(multi-?modal\w*|cross-modal|vision-language|visual-language|vision and language|audio-visual|audio-video|video-text|video-language|text-video|image-text|text-to-image|text-to-video|VLMs?|VQA|visual question answering|image captioning|captioning|CLIP|any-modality)\b/i;
const MODALITY_PARTS = ["language", "vision", "video", "audio"] as const;

function matchFacet(facet: FacetName, text: Text): Evidence[] {
  const { rules, policy } = RULES[facet];
  return rules.map((rule) => applyRule(rule, text, policy)).filter((e): e is Evidence => e !== null);
}

function fallback(value: string, why: string): Evidence {
  return { value, phrase: why, field: "abstract" };
}

/** Classifies a paper along the five facets; every value carries the phrase that gave it. */
export function classify(text: Text): Facets {
  const evidence = {
    domain: matchFacet("domain", text),
    task: matchFacet("task", text),
    technique: matchFacet("technique", text),
    architecture: matchFacet("architecture", text),
    contribution: matchFacet("contribution", text),
  };

  const multimodal = [...findHits([MULTIMODAL_CUE], text.title, "title", true, "loose"), ...findHits([MULTIMODAL_CUE], text.abstract, "abstract", true, "loose")];
  const modalities = evidence.domain.filter((e) => (MODALITY_PARTS as readonly string[]).includes(e.value));
  if (multimodal.length && modalities.length >= 2) {
    evidence.domain.push({ value: "multimodal", phrase: multimodal[0].phrase, field: multimodal[0].field });
  }
  if (evidence.domain.length === 0) evidence.domain.push(fallback("general", "no modality named: modality-agnostic"));

  if (evidence.architecture.some((e) => e.value === "hybrid")) {
    evidence.architecture = evidence.architecture.filter((e) => e.value !== "transformer");
  }
  if (evidence.architecture.length === 0) evidence.architecture.push(fallback("transformer", "attention-based model"));

  if (evidence.contribution.some((e) => e.value === "survey")) {
    evidence.contribution = evidence.contribution.filter((e) => e.value === "survey");
  }
  if (evidence.contribution.length === 0) evidence.contribution.push(fallback("method", "proposes a model"));

  if (evidence.task.length === 0) {
    const language = evidence.domain.some((e) => e.value === "language");
    evidence.task.push(fallback(language ? "language-modeling" : "representation-learning", "no task named"));
  }

  const values = <F extends FacetName>(facet: F) => [...new Set(evidence[facet].map((e) => e.value))] as Paper[F];
  return {
    domain: values("domain"),
    task: values("task"),
    technique: values("technique"),
    architecture: values("architecture"),
    contribution: values("contribution"),
    evidence,
  };
}

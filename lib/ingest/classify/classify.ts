import type { Evidence, Paper } from "../../paper";
import type { FacetName } from "../../taxonomy";
import { ARCHITECTURE_RULES } from "./architecture-rules";
import { CONTRIBUTION_RULES } from "./contribution-rules";
import { decideArchitecture, decideContribution, decideDomain, decideTask } from "./decide";
import { DOMAIN_RULES } from "./domain-rules";
import { scoreRule, sentencesOf, type ContrastPolicy, type Rule, type Scored, type Text } from "./rule";
import { TASK_RULES } from "./task-rules";
import { TECHNIQUE_RULES } from "./technique-rules";

export type Facets = Pick<Paper, FacetName | "evidence">;

interface FacetRules {
  rules: Rule[];
  policy: ContrastPolicy;
  /** A value scoring below this share of the facet's best value is a side remark. */
  relativeFloor: number;
}

const RULES: Record<FacetName, FacetRules> = {
  domain: { rules: DOMAIN_RULES, policy: "loose", relativeFloor: 0.5 },
  task: { rules: TASK_RULES, policy: "loose", relativeFloor: 0.25 },
  technique: { rules: TECHNIQUE_RULES, policy: "strict", relativeFloor: 0 },
  architecture: { rules: ARCHITECTURE_RULES, policy: "strict", relativeFloor: 0.2 },
  contribution: { rules: CONTRIBUTION_RULES, policy: "loose", relativeFloor: 0 },
};

function scoreFacet(facet: FacetName, sentences: ReturnType<typeof sentencesOf>): Scored[] {
  const { rules, policy, relativeFloor } = RULES[facet];
  const scored = rules.map((rule) => scoreRule(rule, sentences, policy)).filter((s): s is Scored => s !== null);
  const top = Math.max(0, ...scored.map((s) => s.score));
  return scored.filter((s) => s.score >= top * relativeFloor);
}

function values<V extends string>(evidence: Evidence[]): V[] {
  return [...new Set(evidence.map((e) => e.value as V))];
}

/**
 * Classifies a paper along the five facets. Deterministic and explainable: every
 * value carries the phrase that earned it.
 */
export function classify(text: Text): Facets {
  const sentences = sentencesOf(text);
  const domain = decideDomain(scoreFacet("domain", sentences), text);
  const evidence = {
    domain,
    task: decideTask(scoreFacet("task", sentences), domain),
    technique: scoreFacet("technique", sentences).map((s) => s.evidence),
    architecture: decideArchitecture(scoreFacet("architecture", sentences), sentences, text),
    contribution: decideContribution(scoreFacet("contribution", sentences), text),
  };
  return {
    domain: values(evidence.domain),
    task: values(evidence.task),
    technique: values(evidence.technique),
    architecture: values(evidence.architecture),
    contribution: values(evidence.contribution),
    evidence,
  };
}

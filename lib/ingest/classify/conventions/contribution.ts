import { compilePhrases } from "../phrase";
import { PACKAGE_TITLE_CUES } from "../phrases/cues";
import { byRule, has, only, type Convention } from "./step";

const PACKAGE_TITLE = compilePhrases(PACKAGE_TITLE_CUES, "i")!;

export const CONTRIBUTION_CONVENTIONS: Convention[] = [
  {
    name: "survey-only",
    says: "a survey is only a survey, even when it proposes a taxonomy",
    apply: (values) => (has(values, "survey") ? only(values, ["survey"]) : values),
  },
  {
    name: "toolkit-is-system",
    says: "a toolkit, library or package is a system",
    apply: (values, context) => (PACKAGE_TITLE.test(context.text.title) && has(values, "system") ? only(values, ["system"]) : values),
  },
  {
    name: "method-by-default",
    says: "a paper of no other kind proposes a method",
    apply: (values) => (values.length ? values : [byRule("method", "proposes a model")]),
  },
];

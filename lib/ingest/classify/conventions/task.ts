import { compilePhrases } from "../phrase";
import { LANGUAGE_MODEL_CUES } from "../phrases/cues";
import { addOnce, byRule, type Context, type Convention } from "./step";

const LANGUAGE_MODEL = compilePhrases(LANGUAGE_MODEL_CUES, "i")!;
const textual = (context: Context) => (context.decided.domain ?? []).every((e) => e.value === "language" || e.value === "general");

export const TASK_CONVENTIONS: Convention[] = [
  {
    name: "language-modelling-needs-text",
    says: "long-sequence words make a language-modelling task only in language or modality-agnostic papers",
    apply: (values, context) => values.filter((s) => s.evidence.value !== "language-modeling" || textual(context) || LANGUAGE_MODEL.test(s.evidence.phrase)),
  },
  {
    name: "generic-text-models-are-language-models",
    says: "generic architecture or LLM papers evaluated as language models are language-modelling",
    apply: (values, context) =>
      textual(context) && values.length === 1 && values[0].evidence.value === "representation-learning" && values[0].score < 2
        ? [{ ...values[0], evidence: { ...values[0].evidence, value: "language-modeling" } }]
        : values,
  },
  {
    name: "control-is-decision-making",
    says: "reinforcement learning, robot control and planning take reasoning as their task",
    apply: (values, context) => {
      const robotics = context.decided.domain?.find((e) => e.value === "robotics");
      return robotics ? addOnce(values, { evidence: { ...robotics, value: "reasoning" }, score: 0 }) : values;
    },
  },
  {
    name: "at-least-one-task",
    says: "every paper names a problem: text models are language-modelling, the rest learn representations",
    apply: (values, context) => (values.length ? values : [byRule(textual(context) ? "language-modeling" : "representation-learning", "no task named")]),
  },
];

import { compilePhrases } from "../phrase";
import { PACKAGE_TITLE_CUES } from "../phrases/cues";
import { byRule, has, only, without, type Convention } from "./step";

const PACKAGE_TITLE = compilePhrases(PACKAGE_TITLE_CUES, "i")!;
// "we propose a new model/method/architecture": the paper brings a method besides its benchmark.
const OWN_MODEL = /\b(?:propose|present|introduce)s? (?:a |an )?(?:novel |new |simple |strong )?(?:model|method|architecture|approach|baseline model)\b/i;

// "Efficient Foundation Model and Benchmark for …": a title that names a model beside the benchmark.
const MODEL_AND_BENCHMARK = /\bmodels?\b[^:]*\band\b[^:]*\bbenchmark|\bbenchmark\b[^:]*\band\b[^:]*\bmodels?\b/i;

export const CONTRIBUTION_CONVENTIONS: Convention[] = [
  {
    name: "survey-only",
    says: "a survey is only a survey, even when it proposes a taxonomy",
    apply: (values) => (has(values, "survey") ? only(values, ["survey"]) : values),
  },
  {
    name: "toolkit-is-system",
    says: "a toolkit, library, package, serving system or kernel library is a system",
    apply: (values, context) => (PACKAGE_TITLE.test(context.text.title) && has(values, "system") ? only(values, ["system"]) : values),
  },
  {
    name: "benchmark-papers-propose-no-method",
    says: "a paper whose title names a benchmark or evaluation introduces that benchmark, not a method, unless it also names a model of its own",
    apply: (values, context) => {
      const benchmark = values.find((s) => s.evidence.value === "benchmark" && s.evidence.field === "title");
      const method = values.find((s) => s.evidence.value === "method");
      if (!benchmark || !method || OWN_MODEL.test(context.text.abstract) || MODEL_AND_BENCHMARK.test(context.text.title)) return values;
      return without(values, "method");
    },
  },
  {
    name: "method-by-default",
    says: "a paper of no other kind proposes a method",
    apply: (values) => (values.length ? values : [byRule("method", "proposes a model")]),
  },
];

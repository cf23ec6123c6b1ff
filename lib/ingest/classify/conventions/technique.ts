import { RULES } from "../rules";
import { findCue } from "../score";
import { addOnce, has, isSurvey, withValue, without, type Convention } from "./step";

// Words that describe a state-space or recurrent model as well as a linear attention.
const SHARED_WITH_RECURRENCE = /^(?:attention-free|sub-?quadratic|linear (?:time|complexity).*)$/i;

const ROUTING = /routing|conditional computation|router/i;
const LORA = /\b(?:\w*LoRA|low-rank (?:adaptation|adapters?|increments?|updates?))\b/i;
const TOKEN_PRUNING = /\b(?:token|patch|word)s? (?:pruning|dropping|elimination)|prun\w+ (?:\w+ ){0,2}(?:tokens|patches)/i;
const BARE_PRUNING = /^(?:prun\w*)$/i;
const LOW_RANK_TITLE = /\b(?:low-rank(?! (?:adaptation|adapters?))|factori[sz]\w*|Nystr)/i;

export const TECHNIQUE_CONVENTIONS: Convention[] = [
  {
    name: "state-spaces-are-not-linear-attention",
    says: "a state-space or recurrent model is attention-free and sub-quadratic without being a linear attention",
    apply: (values) => {
      const linear = values.find((s) => s.evidence.value === "linear-attention");
      if (!linear || !has(values, "recurrence-memory") || !SHARED_WITH_RECURRENCE.test(linear.evidence.phrase)) return values;
      return without(values, "linear-attention");
    },
  },
  {
    name: "experts-route-tokens",
    says: "the routing of a mixture of experts is part of the MoE, not a separate adaptive computation",
    apply: (values) => {
      const adaptive = values.find((s) => s.evidence.value === "adaptive-computation");
      return adaptive && has(values, "moe") && ROUTING.test(adaptive.evidence.phrase) ? without(values, "adaptive-computation") : values;
    },
  },
  {
    name: "token-pruning-is-not-weight-pruning",
    says: "pruning tokens is token reduction; a paper that prunes only its tokens removes no weights",
    apply: (values, context) => {
      const pruning = values.find((s) => s.evidence.value === "pruning");
      if (!pruning || !has(values, "token-reduction") || !BARE_PRUNING.test(pruning.evidence.phrase)) return values;
      return TOKEN_PRUNING.test(context.text.title + " " + context.text.abstract) ? without(values, "pruning") : values;
    },
  },
  {
    name: "lora-is-fine-tuning",
    says: "LoRA's low-rank updates make a parameter-efficient fine-tuning method, not a low-rank model",
    apply: (values, context) => {
      if (!has(values, "peft") || !has(values, "low-rank") || !LORA.test(context.text.title + " " + context.text.abstract)) return values;
      return LOW_RANK_TITLE.test(context.text.title) ? values : without(values, "low-rank");
    },
  },
  {
    name: "surveys-cover-what-they-name",
    says: "surveys get the techniques they cover when they name them, wherever the abstract does",
    apply: (values, context) => {
      if (!isSurvey(context)) return values;
      const named = RULES.technique.reduce((kept, rule) => {
        const cue = rule.strong && findCue(rule.strong, context.sentences, "loose");
        return cue ? addOnce(kept, withValue(cue, rule.value, 1)) : kept;
      }, values);
      return context.sentences
        .flatMap((s) => s.models.map((hit) => ({ hit, s })))
        .flatMap(({ hit, s }) =>
          hit.entry.technique.map((value) =>
            withValue(
              { value, phrase: hit.form, field: s.role === "title" ? "title" : "abstract", role: s.role, known: `${hit.entry.name}: ${hit.entry.what}` },
              value,
              1,
            ),
          ),
        )
        .reduce(addOnce, named);
    },
  },
];

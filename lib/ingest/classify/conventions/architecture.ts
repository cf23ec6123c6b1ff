import type { Evidence } from "../../../paper";
import { findKnownModels } from "../../../lexicon";
import { compilePhrases } from "../phrase";
import { CNN_COMPARISON_CUES, COMBINING_CUES, COMPARISON_CUES, CONVOLUTIONAL_DESIGN_CUES, SEPARATING_CUES } from "../phrases/cues";
import { ATTENTION_WORDS, CONVOLUTION_WORDS, RECURRENCE_WORDS } from "../phrases/families";
import { findCue, type ReadSentence, type Scored } from "../score";
import { byRule, withValue, type Convention } from "./step";

const COMPARISON = compilePhrases(COMPARISON_CUES, "i")!;
const COMBINING = compilePhrases(COMBINING_CUES, "i")!;
const CNN_COMPARISON = compilePhrases(CNN_COMPARISON_CUES, "i")!;
const SEPARATING = compilePhrases(SEPARATING_CUES, "i")!;
const ATTENTION = compilePhrases(ATTENTION_WORDS, "i")!;
// Attention as a model component, not "attention to frequency bands".
const ATTENTION_MODEL =
  /\b(?:transformers?|\w+former\w*|self-attention|(?:cross-|multi-head )attention|attention (?:mechanisms?|layers?|modules?|blocks?|heads?|maps?|weights)|ViTs?|BERT|GPT-?\d*|LLMs?)\b/i;
const ATTENTION_MODULE = /^(?:self-)?attention$/i;
const U_SHAPE = /^U-?Nets?$/i;
const CONVOLUTIONAL_DESIGN = compilePhrases(CONVOLUTIONAL_DESIGN_CUES)!;
const MODEL_KIND_WORDS = /^(?:LLMs?|(?:large )?language models?|foundation models?)$/i;
const OTHER_FAMILY = compilePhrases([...CONVOLUTION_WORDS, ...RECURRENCE_WORDS], "i")!;

// "Conformers" is the model Conformer; compared without a plural "s" and case.
const sameWord = (form: string, phrase: string) => phrase.toLowerCase().replace(/s$/, "") === form.toLowerCase().replace(/s$/, "");
const families = (values: Scored[]) => values.filter((s) => s.evidence.value !== "hybrid");
const titled = (values: Scored[]) => families(values).filter((s) => s.evidence.field === "title");

/** The sentence of the paper's own design that puts attention and another family into one model. */
function combinedDesign(sentences: ReadSentence[]): Evidence | null {
  for (const s of sentences) {
    if (s.role !== "title" && s.role !== "own") continue;
    const other = OTHER_FAMILY.exec(s.text);
    const attention = ATTENTION.exec(s.text);
    if (!other || !attention || !COMBINING.test(s.text) || SEPARATING.test(s.text)) continue;
    return { value: "hybrid", phrase: `${other[0]} … ${attention[0]}`, field: s.role === "title" ? "title" : "abstract", role: s.role };
  }
  return null;
}

// Each step either settles the facet (returns the final list) or passes the values on.
export const ARCHITECTURE_CONVENTIONS: Convention[] = [
  {
    name: "comparison-keeps-families",
    says: "papers that compare families get each family compared",
    apply: (values, context) => (COMPARISON.test(context.text.title) && families(values).length >= 2 ? settle(families(values)) : values),
  },
  {
    name: "studies-compare-with-cnns",
    says: "an analysis paper that sets transformers beside CNNs studies both families",
    apply: (values, context) => {
      if (!context.found.contribution.some((s) => s.evidence.value === "analysis")) return values;
      const s = context.sentences.find((s) => (s.role === "own" || s.role === "detail" || s.role === "experiments") && CNN_COMPARISON.test(s.text));
      if (!s) return values;
      const phrase = CNN_COMPARISON.exec(s.text)![0];
      const compared: Scored = { evidence: { value: "convolutional", phrase, field: "abstract", role: s.role }, score: 1 };
      const transformer = values.find((v) => v.evidence.value === "transformer") ?? byRule("transformer", "transformers compared");
      return settle([transformer, compared]);
    },
  },
  {
    name: "explicit-hybrid",
    says: "a model that interleaves attention with convolution, recurrence, state spaces or graph layers is hybrid (alone)",
    apply: (values) => {
      const hybrid = values.find((s) => s.evidence.value === "hybrid" && s.score >= 1);
      // "MLP-Mixer … convolutions and attention are not necessary": a title naming another family outranks the abstract.
      const otherTitled = titled(values).some((s) => s.evidence.value !== "transformer");
      return hybrid && (hybrid.evidence.field === "title" || !otherTitled) ? settle([hybrid]) : values;
    },
  },
  {
    name: "combined-design-is-hybrid",
    says: "the paper's own design combining attention with another family is hybrid, not also transformer",
    apply: (values, context) => {
      const combined = combinedDesign(context.sentences);
      const inTitle = titled(values);
      const partner = inTitle.find((s) => s.evidence.value !== "transformer" && s.evidence.value !== "mlp");
      if (!combined || !(inTitle.length === 0 || (inTitle.length === 1 && inTitle[0].evidence.value === "transformer") || partner)) return values;
      // "xLSTM 7B: A Recurrent LLM": a title's "LLM" says what the model is for, not that it attends.
      const titledTransformer = inTitle.find((s) => s.evidence.value === "transformer");
      if (partner && (!titledTransformer || MODEL_KIND_WORDS.test(titledTransformer.evidence.phrase))) return settle([partner]);
      return settle([{ evidence: combined, score: 1 }]);
    },
  },
  {
    name: "known-model-names-its-family",
    says: "a title's family word that is itself a known model (Conformer, Branchformer, Tacotron) names that model's family, not the generic one the word suggests",
    apply: (values) => {
      let changed = false;
      const renamed = values.flatMap((s) => {
        if (s.evidence.field !== "title" || s.evidence.known) return [s];
        // The phrase itself, looked up as a name: "Uconv-Conformer" is a Conformer.
        const model = findKnownModels(s.evidence.phrase).find((h) => sameWord(h.form, s.evidence.phrase));
        const families = model?.entry.architecture ?? [];
        if (!model || !families.length || families.includes(s.evidence.value as (typeof families)[number])) return [s];
        changed = true;
        return families.map((value) => ({ ...s, evidence: { ...s.evidence, value, known: `${model.entry.name}: ${model.entry.what}` } }));
      });
      if (!changed) return values;
      const named = renamed.filter((s) => s.evidence.field === "title" && s.evidence.known);
      // The model the title names is the one the paper builds; hybrid stays alone.
      const hybrid = named.find((s) => s.evidence.value === "hybrid");
      return settle(hybrid ? [hybrid] : [...new Map(named.map((s) => [s.evidence.value, s])).values()]);
    },
  },
  {
    name: "title-family-wins",
    says: "the family the title names is the one proposed; two families in the title make a hybrid, unless attention is only a module of the other family",
    apply: (values) => {
      // Known models in a title name what is compared or reused as often as what is built.
      const inTitle = titled(values).filter((s) => !s.evidence.known);
      // "Channel Attention … in TDNN": a bare attention word beside a known model of another family is a module of it.
      const knownOther = titled(values).filter((s) => s.evidence.known && s.evidence.value !== "transformer");
      if (inTitle.length === 1 && inTitle[0].evidence.value === "transformer" && ATTENTION_MODULE.test(inTitle[0].evidence.phrase) && knownOther.length)
        return settle(knownOther);
      if (inTitle.length === 1) return settle(inTitle);
      if (inTitle.length > 1) {
        const attention = inTitle.find((s) => s.evidence.value === "transformer");
        // "Channel-Attention Dense U-Net": attention as a block inside a CNN or RNN leaves it that family.
        if (attention && ATTENTION_MODULE.test(attention.evidence.phrase)) return settle(inTitle.filter((s) => s !== attention));
        // "Vision Mamba UNet", "Swin-Unet": U-Net names the shape of a model built of the other family.
        const shape = inTitle.find((s) => s.evidence.value === "convolutional" && U_SHAPE.test(s.evidence.phrase));
        const others = inTitle.filter((s) => s !== shape);
        if (shape && others.length === 1) return settle(others);
        return settle([{ evidence: { value: "hybrid", phrase: inTitle.map((s) => s.evidence.phrase).join(" + "), field: "title" }, score: 1 }]);
      }
      return values;
    },
  },
  {
    name: "strongest-family",
    says: "otherwise the family the abstract speaks of most",
    apply: (values) => {
      const top = [...families(values)].sort((a, b) => b.score - a.score)[0];
      return top ? settle([top]) : values;
    },
  },
  {
    name: "no-attention-own-family",
    says: "a paper with no attention at all gets its own family: convolutional for GAN generators, discriminators and vocoders",
    apply: (values, context) => {
      if (context.sentences.some((s) => ATTENTION_MODEL.test(s.text))) return values;
      const cue = findCue(CONVOLUTIONAL_DESIGN, context.sentences, "strict");
      return cue ? settle([withValue(cue, "convolutional", 1)]) : values;
    },
  },
  {
    name: "attention-by-default",
    says: "a catalogue of transformer papers: a paper naming no family is attention-based",
    apply: () => settle([byRule("transformer", "attention-based model")]),
  },
];

/** Marks a list as final: later steps of the facet leave it alone. */
export function settle(values: Scored[]): Scored[] {
  return Object.assign([...values], { settled: true });
}
export const isSettled = (values: Scored[]) => (values as Scored[] & { settled?: boolean }).settled === true;

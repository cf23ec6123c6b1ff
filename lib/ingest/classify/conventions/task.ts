import { compilePhrases } from "../phrase";
import { ACCURACY_CUES, PACKAGE_TITLE_CUES } from "../phrases/cues";
import { findCue } from "../score";
import { addOnce, byRule, has, isSurvey, withValue, without, type Context, type Convention } from "./step";

const ACCURACY = compilePhrases(ACCURACY_CUES)!;
const PACKAGE_TITLE = compilePhrases(PACKAGE_TITLE_CUES, "i")!;
// The problem a paper of a domain addresses when its abstract names none (the most common one in the labels).
const USUAL_TASK: Partial<Record<string, string>> = {
  "time-series": "forecasting",
  science: "scientific-modeling",
  vision: "classification",
  video: "classification",
  biomedical: "classification",
  tabular: "retrieval",
};
// Encoder language models (BERT and its kin) are evaluated on understanding benchmarks, which label a
// whole input: their papers classify. Generating text is what makes a language-modelling paper.
const UNDERSTANDING =
  /\b(?:GLUE|SuperGLUE|SQuAD|natural language understanding|NLU|BERT\w*|RoBERTa|ELECTRA|DeBERTa|ALBERT|sentiment|text classification|pre-?trained language models?|PLMs?|sentence embeddings?|MNLI|SST-2)\b/i;
const GENERATING =
  /\b(?:LLMs?|large language|GPT-?\d*|generat\w*|perplexity|decoder-only|autoregressive|causal|chat\w*|instruction\w*|next-token|OPT|LLaMA\w*|BLOOM|PaLM|wikitext|enwik\d|translation|summari[sz]\w*|decod\w*|few-shot learners|in-context|code completion)\b/i;
const GENERIC_GENERATION = /^(?:generative (?:models?|modell?ing)|synthesi[sz]\w*)$/i;
const GENERATIVE_TASKS = ["language-modeling", "generation"];
const CLASSIFICATION_DATASET = /^(?:ImageNet(?:-\w+)?|CIFAR-?\d*|UCF-?101|Kinetics(?:-\d+)?|HMDB-?51)$/i;
const MEDIA_DOMAINS = ["vision", "video", "audio", "3d"];
// What a generator that also writes text says: it understands, captions, answers or converses.
const WRITES_TEXT =
  /\b(?:understanding|mixed-modal|interleaved|text and (?:images?|videos?|speech|audio)|(?:images?|videos?|speech|audio) and text|text generation|generat\w+ text|captions?|captioning|question answering|VQA|dialogue|conversation\w*|chat\w*|text-to-text|language tasks?)\b/i;
const TRANSCRIPTION_WORDS = /^(?:recognition|temporal classification)$/i;
const BACKBONE_TASKS = ["classification", "detection", "segmentation", "pose-3d"];
// Code is text to a language model: code LLMs are evaluated as language models too.
const TEXT_DOMAINS = ["language", "general", "code"];
// Domains whose papers use a language model as a tool for their own problem.
const TOOL_DOMAINS = ["tabular", "time-series", "graph", "science", "3d"];
const LANGUAGE_MODEL_TOOL = /^(?:(?:large )?language models?|LLMs?|large language|GPT-?\d*|LLaMA\w*|decoder-only)$/i;
const TRANSLATED_DOMAINS = ["language", "audio", "multimodal", "general", "code"];
const BIOSEQUENCES = /\b(?:proteins?|DNA|RNA|genom\w*|amino acids?|nucleotides?|biosequences?|peptides?)\b/i;
const MULTIMODAL_LLM = /\b(?:MLLMs?|LMMs?|LLMs?|large (?:multimodal |vision[- ])?language models?|large multimodal models?)\b/i;
const aboutText = (context: Context) => (context.decided.domain ?? []).some((e) => TEXT_DOMAINS.includes(e.value));
const textual = (context: Context) => (context.decided.domain ?? []).every((e) => TEXT_DOMAINS.includes(e.value));
// Background sentences name the field's models ("pre-trained language models such as BERT and GPT"), not the paper's.
const ownText = (context: Context) =>
  context.sentences
    .filter((s) => s.role !== "background" && s.role !== "prior")
    .map((s) => s.text)
    .join(" ");
/** A BERT-style encoder paper: understanding benchmarks or encoders named, nothing generated in its own sentences. */
const encoderPaper = (context: Context) => UNDERSTANDING.test(`${context.text.title} ${context.text.abstract}`) && !GENERATING.test(ownText(context));
// What marks a BERT-style encoder beyond "pre-trained language model": its family or its benchmarks.
const UNDERSTANDING_BENCHMARKS =
  /\b(?:GLUE|SuperGLUE|SQuAD|RACE|natural language understanding|NLU|BERT\w*|RoBERTa|ELECTRA|DeBERTa|ALBERT|MNLI|SST-2|XNLI|CoNLL)\b/i;
// A title about pre-training an encoder or its representations: "SpanBERT: Improving Pre-training by Representing and Predicting Spans".
const PRETRAINING_TITLE = /\b(?:pre-?train\w*|representations?|encoders?)\b/i;
// …unless the title is about making a pre-trained encoder cheaper: "KroneckerBERT: … for Pre-trained Language Model Compression".
const COMPRESSING_TITLE =
  /\b(?:distill\w*|compress\w*|prun\w*|quanti[sz]\w*|decompos\w*|faster|efficient|accelerat\w*|redundan\w*|sparse|lottery|tiny\w*|tuning)\b/i;
// The title's own words for an encoder's language modelling: "A Pretrained Language Model for Scientific Text".
const ENCODER_TITLE = /\b(?:BERT\w*|RoBERTa|ELECTRA|encoders?|(?:language )?understanding|pre-?train\w*)\b/i;

/** Classification earned only by words that, beside `task`, belong to that task: it is dropped. */
function classificationReadAs(task: string, words: RegExp): Convention["apply"] {
  return (values) => {
    const classification = values.find((s) => s.evidence.value === "classification");
    return classification && has(values, task) && words.test(classification.evidence.phrase) ? without(values, "classification") : values;
  };
}

export const TASK_CONVENTIONS: Convention[] = [
  {
    name: "language-modelling-needs-text",
    says: "language modelling is a task of papers about text or of modality-agnostic ones; a GPT-style series model is not one",
    apply: (values, context) => (aboutText(context) ? values : without(values, "language-modeling")),
  },
  {
    name: "language-models-as-tools",
    says: "a language model applied to tables, series, graphs, science or 3D solves that domain's problem; language modelling is not its task",
    apply: (values, context) => {
      const lm = values.find((s) => s.evidence.value === "language-modeling");
      if (!lm || values.length < 2 || !LANGUAGE_MODEL_TOOL.test(lm.evidence.phrase)) return values;
      const applied = (context.decided.domain ?? []).some((e) => TOOL_DOMAINS.includes(e.value));
      return applied ? without(values, "language-modeling") : values;
    },
  },
  {
    name: "translation-needs-language",
    says: 'translation is of text or speech: an image-to-image or set-to-set "translation" is not machine translation',
    apply: (values, context) =>
      has(values, "translation") && !(context.decided.domain ?? []).some((e) => TRANSLATED_DOMAINS.includes(e.value)) ? without(values, "translation") : values,
  },
  {
    name: "text-generation-is-language-modelling",
    says: "generating text is language modelling; generation is for images, video, audio, 3D or series",
    apply: (values, context) => {
      const generation = values.find((s) => s.evidence.value === "generation");
      if (!generation || !textual(context) || !GENERIC_GENERATION.test(generation.evidence.phrase)) return values;
      return addOnce(without(values, "generation"), { ...generation, evidence: { ...generation.evidence, value: "language-modeling" } });
    },
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
    name: "encoder-language-models-classify",
    says: "a BERT-style encoder evaluated on understanding benchmarks (GLUE, SQuAD) classifies; it models language without generating it",
    apply: (values, context) => {
      const lm = values.find((s) => s.evidence.value === "language-modeling");
      if (!lm || (lm.evidence.field === "title" && !ENCODER_TITLE.test(context.text.title)) || !encoderPaper(context)) return values;
      const others = without(values, "language-modeling");
      return others.length ? others : [{ ...lm, evidence: { ...lm.evidence, value: "classification" } }];
    },
  },
  {
    name: "pretrained-encoders-learn-representations",
    says: "a paper that pre-trains a BERT-style encoder learns representations, and classifies as its benchmarks do",
    apply: (values, context) => {
      const { title } = context.text;
      if (!textual(context) || !PRETRAINING_TITLE.test(title) || COMPRESSING_TITLE.test(title) || !encoderPaper(context)) return values;
      if (!UNDERSTANDING_BENCHMARKS.test(`${title} ${context.text.abstract}`)) return values;
      const learned = addOnce(values, byRule("representation-learning", "a pre-trained encoder, evaluated on understanding benchmarks"));
      return learned.some((s) => s.evidence.value !== "representation-learning")
        ? learned
        : addOnce(learned, byRule("classification", "understanding benchmarks label whole inputs"));
    },
  },
  {
    name: "generative-foundation-models-generate",
    says: "a foundation model that generates text, images or speech is a generative model, not a representation learner",
    apply: (values) => {
      const rep = values.find((s) => s.evidence.value === "representation-learning");
      if (!rep || !/^foundation models?$/i.test(rep.evidence.phrase) || !values.some((s) => GENERATIVE_TASKS.includes(s.evidence.value))) return values;
      return without(values, "representation-learning");
    },
  },
  {
    name: "generators-are-scored-on-their-datasets",
    says: "ImageNet or Kinetics in a generation paper is the data it generates (class-conditional synthesis), not a classification benchmark",
    apply: classificationReadAs("generation", CLASSIFICATION_DATASET),
  },
  {
    name: "generators-of-media-are-not-language-models",
    says: "an image, video, audio or motion generator built as a language model (next-token prediction, an LLM backbone) generates media; language modelling is its method, not its task, unless it also writes text",
    apply: (values, context) => {
      const generation = values.find((s) => s.evidence.value === "generation");
      if (!generation || !has(values, "language-modeling") || generation.evidence.field !== "title") return values;
      const domains = (context.decided.domain ?? []).map((e) => e.value);
      if (!domains.some((d) => MEDIA_DOMAINS.includes(d)) || domains.includes("general")) return values;
      return WRITES_TEXT.test(`${context.text.title} ${context.text.abstract}`) ? values : without(values, "language-modeling");
    },
  },
  {
    name: "speech-recognition-is-not-classification",
    says: 'a speech recogniser\'s "recognition accuracy" and its connectionist temporal classification (CTC) loss are transcription, not classification',
    apply: classificationReadAs("speech-recognition", TRANSCRIPTION_WORDS),
  },
  {
    name: "backbones-across-tasks",
    says: "general-purpose backbones evaluated across tasks are representation learning, plus the tasks they emphasise",
    apply: (values, context) => {
      const dense = values.filter((s) => BACKBONE_TASKS.includes(s.evidence.value));
      // A backbone is first an image classifier; compressing one, or a library of models, is not proposing one.
      if (dense.length < 3 || !has(values, "classification") || isSurvey(context)) return values;
      if (COMPRESSING_TITLE.test(context.text.title) || PACKAGE_TITLE.test(context.text.title)) return values;
      return addOnce(values, byRule("representation-learning", `a backbone evaluated on ${dense.map((s) => s.evidence.value).join(", ")}`));
    },
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
    says: "every paper names a problem: one scored by accuracy classifies, else its domain's usual problem; text models are language-modelling, the rest learn representations",
    apply: (values, context) => {
      if (values.length) return values;
      const accuracy = findCue(ACCURACY, context.sentences, "loose");
      if (accuracy) return [withValue(accuracy, "classification")];
      const domains = (context.decided.domain ?? []).map((e) => e.value);
      const text = `${context.text.title} ${context.text.abstract}`;
      // A model of DNA or proteins is a representation of the sequences; a multimodal LLM is a language model.
      if (domains.includes("biomedical") && BIOSEQUENCES.test(text))
        return [byRule("representation-learning", "no task named: a model of biological sequences")];
      if (domains.includes("multimodal") && MULTIMODAL_LLM.test(text)) return [byRule("language-modeling", "no task named: a multimodal language model")];
      if (domains.includes("audio") && /\bmusic/i.test(text)) return [byRule("generation", "no task named: a model of music generates it")];
      const usual = domains.map((d) => USUAL_TASK[d]).find(Boolean);
      if (usual) return [byRule(usual, `no task named: the usual problem of ${domains.join(", ")} papers`)];
      if (textual(context) && encoderPaper(context))
        return [byRule("classification", "no task named: a BERT-style encoder, evaluated on understanding benchmarks")];
      return [byRule(textual(context) ? "language-modeling" : "representation-learning", "no task named")];
    },
  },
];

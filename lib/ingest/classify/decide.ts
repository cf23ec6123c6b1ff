import type { Evidence } from "../../paper";
import { ATTENTION, CONVOLUTION, RECURRENCE } from "./architecture-rules";
import { findCue, type Scored, type Sentence, type Text } from "./rule";

export function fallback(value: string, why: string): Evidence {
  return { value, phrase: why, field: "rule" };
}

const has = (found: Scored[], value: string) => found.some((s) => s.evidence.value === value);
const scoreOf = (found: Scored[], value: string) => found.find((s) => s.evidence.value === value)?.score ?? 0;
const only = (found: Scored[], values: string[]) => found.filter((s) => values.includes(s.evidence.value));

const MULTIMODAL_CUE =
  /\b(multi-?modal\w*|cross-modal|vision-language|visual-language|vision and language|audio-visual|audio-video|video-text|video-language|text-video|image-text|text-to-image|text-to-video|text-to-3D|VLMs?|VQA|visual question answering|image captioning|captioning|CLIP|any-modality|vision-language-action)\b/i;
const MODALITY_PARTS = ["language", "vision", "video", "audio"];
const APPLICATION_FIELDS = ["science", "biomedical", "graph", "tabular"];

/**
 * Multimodal keeps its parts; a paper framed around no modality is `general`.
 * Video papers talk about frames, pixels and images without being still-image
 * papers, so vision must then outscore video to stay.
 */
export function decideDomain(found: Scored[], text: Text): Evidence[] {
  const cue = findCue(MULTIMODAL_CUE, text, "loose");
  const vision = scoreOf(found, "vision");
  const dominated = has(found, "video") && scoreOf(found, "video") >= vision;
  const kept = dominated && !cue ? found.filter((s) => s.evidence.value !== "vision") : found;
  // A generic model tried on several modalities' benchmarks is modality-agnostic, unless
  // the title frames it around one or it models them jointly; an application field
  // (science, medicine, graphs, tables) it is built for still counts.
  const spread = !cue && kept.length >= 3 && !kept.some((s) => s.evidence.field === "title");
  if (spread) {
    const applied = only(kept, APPLICATION_FIELDS)
      .filter((s) => s.score >= 2)
      .map((s) => s.evidence);
    return applied.length ? applied : [fallback("general", `evaluated across ${kept.map((s) => s.evidence.value).join(", ")}`)];
  }
  const evidence = kept.map((s) => s.evidence);
  if (cue && only(kept, MODALITY_PARTS).length >= 2) evidence.push({ ...cue, value: "multimodal" });
  return evidence.length ? evidence : [fallback("general", "no modality named: modality-agnostic")];
}

const COMPARISON = /\b(vs\.?|versus|compar\w+|benchmark\w*|study of|revisit\w*)\b/i;
const COMBINING =
  /\b(combin\w*|integrat\w*|incorporat\w*|fus(?:e|es|ed|ing|ion)|hybrid|marr\w+|inject\w*|augment\w*|interleav\w*|coupl\w*|bridg\w*|meets?|alongside|complement\w*)\b/i;

/** The sentence of the paper's own design that puts attention and another family into one model. */
function combinedDesign(sentences: Sentence[]): Evidence | null {
  for (const [i, s] of sentences.entries()) {
    if (s.weight < 1) continue;
    const other = CONVOLUTION.exec(s.text) ?? RECURRENCE.exec(s.text);
    const attention = ATTENTION.exec(s.text);
    if (!other || !attention || !COMBINING.test(s.text)) continue;
    if (/\b(unlike|instead of|rather than|without|free|outperform\w*|than)\b/i.test(s.text)) continue;
    return { value: "hybrid", phrase: `${other[0]} … ${attention[0]}`, field: i === 0 ? "title" : "abstract" };
  }
  return null;
}

/**
 * The family the paper proposes or studies. Attention built together with
 * convolution, recurrence or state spaces is `hybrid`, and then not also
 * `transformer`; a study comparing families gets each; the title, which names
 * what the paper is about, decides between families mentioned in passing.
 */
export function decideArchitecture(found: Scored[], sentences: Sentence[], text: Text): Evidence[] {
  const families = found.filter((s) => s.evidence.value !== "hybrid");
  const explicit = found.find((s) => s.evidence.value === "hybrid");
  if (COMPARISON.test(text.title) && families.length >= 2) return families.map((s) => s.evidence);
  if (explicit && explicit.score >= 1) return [explicit.evidence];
  const titled = families.filter((s) => s.evidence.field === "title");
  const partner = titled.find((s) => s.evidence.value !== "transformer" && s.evidence.value !== "mlp");
  const combined = combinedDesign(sentences);
  if (combined && (titled.length === 0 || (titled.length === 1 && titled[0].evidence.value === "transformer") || partner)) {
    if (partner && !titled.some((s) => s.evidence.value === "transformer")) return [partner.evidence];
    return [combined];
  }
  if (titled.length === 1) return [titled[0].evidence];
  if (titled.length > 1) return [{ value: "hybrid", phrase: titled.map((s) => s.evidence.phrase).join(" + "), field: "title" }];
  const top = [...families].sort((a, b) => b.score - a.score)[0];
  return top ? [top.evidence] : [fallback("transformer", "attention-based model")];
}

const PACKAGE_TITLE = /\b(toolkit|library|package)\b/i;

/** A survey is only a survey; a toolkit is a system; a paper of no other kind is a method. */
export function decideContribution(found: Scored[], text: Text): Evidence[] {
  if (has(found, "survey")) return only(found, ["survey"]).map((s) => s.evidence);
  if (PACKAGE_TITLE.test(text.title) && has(found, "system")) return only(found, ["system"]).map((s) => s.evidence);
  if (found.every((s) => s.evidence.value === "method")) {
    return found.length ? found.map((s) => s.evidence) : [fallback("method", "proposes a model")];
  }
  return found.map((s) => s.evidence);
}

const LANGUAGE_MODEL = /\b(language model\w*|LLMs?|GPT|text generation|perplexity)\b/i;

/**
 * Every paper does something. Long-sequence words make a language-modelling task
 * only in language or modality-agnostic papers; generic architecture papers
 * (language or general domain) are evaluated as language models; the rest learn
 * representations.
 */
export function decideTask(found: Scored[], domains: Evidence[]): Evidence[] {
  const textual = domains.every((e) => e.value === "language" || e.value === "general");
  const kept = found.filter((s) => s.evidence.value !== "language-modeling" || textual || LANGUAGE_MODEL.test(s.evidence.phrase));
  if (textual && kept.length === 1 && kept[0].evidence.value === "representation-learning" && kept[0].score < 2) {
    return [{ ...kept[0].evidence, value: "language-modeling" }];
  }
  if (kept.length) return kept.map((s) => s.evidence);
  return [fallback(textual ? "language-modeling" : "representation-learning", "no task named")];
}

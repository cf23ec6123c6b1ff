import { compilePhrases, compileTable } from "../phrase";
import { IMAGE_CUES, MULTIMODAL_CUES, MULTIMODAL_PARTS_CUES, PHYSIOLOGICAL_CUES, POINT_CLOUD_CUES, SPEECH_TO_TEXT_CUES, THEORY_CUES } from "../phrases/cues";
import { DATASET_PHRASES } from "../phrases/datasets";
import { RULES } from "../rules";
import { findCue } from "../score";
import { addOnce, byRule, has, only, scoreOf, withValue, without, type Context, type Convention } from "./step";

const MULTIMODAL = compilePhrases(MULTIMODAL_CUES)!;
const DATASET_RULES = compileTable(DATASET_PHRASES);
const PHYSIOLOGICAL = compilePhrases(PHYSIOLOGICAL_CUES)!;
const SPEECH_TO_TEXT = compilePhrases(SPEECH_TO_TEXT_CUES)!;
const POINT_CLOUD = compilePhrases(POINT_CLOUD_CUES, "i")!;
const IMAGE = compilePhrases(IMAGE_CUES, "i")!;
const SEQUENCE_DOMAINS = ["code", "biomedical", "science"];
const NON_TEXT_SEQUENCES =
  /\b(?:code|programs?|programming|proteins?|DNA|RNA|genom\w*|amino acids?|nucleotides?|molecul\w*|SMILES|chemical|biosequences?|peptides?|antibod\w*)\b/i;
const LANGUAGE_MODEL_WORDS = /^(?:(?:large )?language models?|LLMs?|large language)$/i;
const MODALITY_PARTS = ["language", "vision", "video", "audio"];
const APPLICATION_FIELDS = ["science", "biomedical", "graph", "tabular"];
const OWN_ROLES = ["title", "own", "detail"] as const;
const SPATIAL_WORDS = /^(?:3D|three-dimensional|volum\w*|geometr\w*|mesh\w*|atomistic|3D (?:structures?|coordinates|geometry))$/i;
const STILL_IMAGE_WORDS = /\b(?:images?|photo\w*|pictures?|still)\b/i;
const SIGNAL_WORDS = /^(?:waveforms?|signals?|spectrograms?)$/i;
const REINFORCEMENT = /^(?:reinforcement learning|RL|offline RL|policy learning)$/i;
// What makes reinforcement learning robotics: a body, an environment to act in, or a game.
const ACTING = compilePhrases([
  String.raw`robot\w*`,
  "embodied",
  // Not a bare "control" or "environment": RL post-training of LLMs controls output length and runs in agentic environments.
  "(?:motor|continuous|optimal|robot|locomotion) control",
  "control (?:tasks?|policies|policy|problems?)",
  "locomotion",
  "manipulation",
  "autonomous driving",
  "Atari",
  "games?",
  "(?:simulated|embodied|3D|physical|virtual|continuous) environments?",
  "simulators?",
  "MuJoCo",
  "navigation",
])!;

const THEORY = compilePhrases(THEORY_CUES)!;
const multimodalCue = (context: Context) => findCue(MULTIMODAL, context.sentences, "loose");
const PART_CUES = Object.entries(MULTIMODAL_PARTS_CUES).map(([part, cues]) => [part, compilePhrases(cues)!] as const);
// Where a paper says what it models: not the field's background, not prior work.
const SUBJECT_ROLES = ["title", "own", "detail", "experiments"] as const;

export const DOMAIN_CONVENTIONS: Convention[] = [
  {
    name: "video-over-vision",
    says: "video papers talk about frames and pixels without being still-image papers",
    apply: (values, context) => {
      if (!has(values, "video") || multimodalCue(context)) return values;
      // "Mask2Former for Video Instance Segmentation": a title naming video frames the visual task it names.
      // (The word itself: a known model's name, "MViTv2", is no such framing.)
      const video = values.find((s) => s.evidence.value === "video")!;
      const videoTitle = video.evidence.field === "title" && /\bvideos?\b/i.test(video.evidence.phrase);
      const vision = values.find((s) => s.evidence.value === "vision");
      const stillImages = (vision && STILL_IMAGE_WORDS.test(vision.evidence.phrase)) || STILL_IMAGE_WORDS.test(context.text.title);
      return scoreOf(values, "video") >= scoreOf(values, "vision") || (videoTitle && !stillImages) ? without(values, "vision") : values;
    },
  },
  {
    name: "spread-is-general",
    says: "a generic model tried on several modalities' benchmarks is modality-agnostic, unless its title frames it around one",
    apply: (values, context) => {
      if (multimodalCue(context) || values.length < 3 || values.some((s) => s.evidence.field === "title")) return values;
      const applied = only(values, APPLICATION_FIELDS).filter((s) => s.score >= 2);
      return applied.length ? applied : [byRule("general", `evaluated across ${values.map((s) => s.evidence.value).join(", ")}`)];
    },
  },
  {
    name: "physiological-signals-are-biomedical-time-series",
    says: "ECG, EEG and other physiological signals are biomedical and time series",
    apply: (values, context) => {
      const cue = findCue(PHYSIOLOGICAL, context.sentences, "loose", [...OWN_ROLES]);
      if (!cue) return values;
      // A blood-pressure or ECG "waveform" is a physiological signal, not sound.
      const audio = values.find((s) => s.evidence.value === "audio");
      const kept = audio && SIGNAL_WORDS.test(audio.evidence.phrase) ? without(values, "audio") : values;
      return addOnce(addOnce(without(kept, "general"), withValue(cue, "biomedical", 1)), withValue(cue, "time-series", 1));
    },
  },
  {
    name: "speech-text-tasks-are-audio",
    says: "ASR, speech translation and TTS are audio: two modalities converted by a standard task are not multimodal",
    apply: (values, context) => {
      if (!has(values, "audio") || multimodalCue(context) || !findCue(SPEECH_TO_TEXT, context.sentences, "loose")) return values;
      return scoreOf(values, "language") < 2 * scoreOf(values, "audio") ? without(values, "language") : values;
    },
  },
  {
    name: "physical-space-is-science",
    says: "3D fields, geometries and atoms of a physics, weather or chemistry paper are its science, not 3D vision",
    apply: (values) => {
      const threeD = values.find((s) => s.evidence.value === "3d");
      return threeD && has(values, "science") && SPATIAL_WORDS.test(threeD.evidence.phrase) ? without(values, "3d") : values;
    },
  },
  {
    name: "point-clouds-are-not-images",
    says: "a paper on point clouds or LiDAR that never mentions images or cameras is 3D, not also vision",
    apply: (values, context) => {
      if (!has(values, "3d") || !has(values, "vision")) return values;
      const texts = context.sentences.map((s) => s.text);
      return texts.some((t) => POINT_CLOUD.test(t)) && !texts.some((t) => IMAGE.test(t)) ? without(values, "vision") : values;
    },
  },
  {
    name: "volumetric-medical-images-are-vision",
    says: "3D medical scans (CT, MRI volumes) are biomedical images, not 3D geometry",
    apply: (values) => {
      const threeD = values.find((s) => s.evidence.value === "3d");
      if (!threeD || !has(values, "biomedical") || !/^(?:3D|three-dimensional|volum\w*)$/i.test(threeD.evidence.phrase)) return values;
      return addOnce(without(values, "3d"), withValue(threeD.evidence, "vision", 1));
    },
  },
  {
    name: "language-models-of-code-and-molecules",
    says: "a language model of code, proteins, DNA or molecules models that data, not natural-language text",
    apply: (values, context) => {
      const language = values.find((s) => s.evidence.value === "language");
      if (!language || !values.some((s) => SEQUENCE_DOMAINS.includes(s.evidence.value)) || !LANGUAGE_MODEL_WORDS.test(language.evidence.phrase)) return values;
      // Clinical LLMs read and write text; only a model of sequences that are not text leaves language.
      return NON_TEXT_SEQUENCES.test(`${context.text.title} ${context.text.abstract}`) ? without(values, "language") : values;
    },
  },
  {
    name: "reinforcement-learning-of-language-models",
    says: "reinforcement learning that trains a language model (reasoning, alignment, self-reflection, coding) is a language or code paper, not robotics",
    apply: (values, context) => {
      const robotics = values.find((s) => s.evidence.value === "robotics");
      if (
        !robotics ||
        !(has(values, "language") || has(values, "code")) ||
        !REINFORCEMENT.test(robotics.evidence.phrase) ||
        findCue(ACTING, context.sentences, "loose")
      )
        return values;
      return without(values, "robotics");
    },
  },
  {
    name: "multimodal-cues-name-their-parts",
    says: "a vision-language (video-text, audio-visual, text-to-3D) model models each modality its kind names",
    apply: (values, context) => {
      let kept = values;
      for (const [part, pattern] of PART_CUES) {
        // A video-language model's visual modality is video: "vision and language" adds no still images to it.
        if (part === "vision" && has(values, "video") && !has(values, "vision")) continue;
        const cue = findCue(pattern, context.sentences, "loose", [...SUBJECT_ROLES]);
        if (cue) kept = addOnce(kept, withValue(cue, part, 1));
      }
      return kept === values ? values : without(kept, "general");
    },
  },
  {
    name: "multimodal-keeps-parts",
    says: "a paper modelling two or more modalities jointly is multimodal and keeps each modality",
    apply: (values, context) => {
      const cue = multimodalCue(context);
      return cue && only(values, MODALITY_PARTS).length >= 2 ? addOnce(values, withValue(cue, "multimodal")) : values;
    },
  },
  {
    name: "theory-is-general",
    says: "theory of transformers is modality-agnostic: the field its opening or its benchmarks name does not frame it",
    apply: (values, context) => {
      if (values.some((s) => OWN_ROLES.includes(s.evidence.role as (typeof OWN_ROLES)[number]))) return values;
      const theory = findCue(THEORY, context.sentences, "loose", [...OWN_ROLES]);
      return theory ? [withValue(theory, "general")] : values;
    },
  },
  {
    name: "opening-sentence-frames-domain",
    says: 'a paper whose own sentences name no modality is framed by the one its opening names ("Large language models are slow…")',
    apply: (values, context) => {
      if (values.length) return values;
      // The first sentence of the abstract opens it whatever role it was read in ("LLMs are trained on large datasets…").
      const first = context.sentences.find((s) => s.role !== "title");
      const opening = context.sentences.filter((s) => s === first || s.role === "background" || s.role === "prior");
      const named = RULES.domain.flatMap((rule) => {
        const cue = rule.strong && findCue(rule.strong, opening, "loose");
        return cue ? [withValue(cue, rule.value)] : [];
      });
      return named.length === 1 ? named : values;
    },
  },
  {
    name: "benchmarks-frame-an-unframed-paper",
    says: "benchmarks add no domain to a framed paper, but a paper naming no modality at all is about the data of the benchmarks it uses, when they are of one kind",
    apply: (values, context) => {
      if (values.length) return values;
      const named = DATASET_RULES.flatMap((rule) => {
        const cue = rule.strong && findCue(rule.strong, context.sentences.slice(1), "loose");
        return cue ? [withValue(cue, rule.value)] : [];
      });
      return named.length === 1 ? named : values;
    },
  },
  {
    name: "general-stands-alone",
    says: "general is for modality-agnostic work, never one domain among others: a domain the paper names outranks it",
    // On unseen papers the concrete domain was right more often than the learned layer's "general" beside it.
    apply: (values) => (has(values, "general") && values.length > 1 ? without(values, "general") : values),
  },
  {
    name: "general-without-modality",
    says: "work framed around no modality is general",
    apply: (values) => (values.length ? values : [byRule("general", "no modality named: modality-agnostic")]),
  },
];

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadDumps } from "../../lib/dumps";
import "../../lib/ingest/classify/classify";
import { compilePhrases } from "../../lib/ingest/classify/phrase";
import { mayMatch, possiblePatterns, watchedPatterns, watchWithin } from "../../lib/ingest/classify/prefilter";
import { sentencesOf } from "../../lib/ingest/classify/sentences";
import { parseDump } from "../../lib/ingest/parse-dump";

// Phrases written the way the tables write them: optional letters, classes, look-arounds, escapes, anchors.
const PHRASES = [
  String.raw`\w+former\w*`,
  "transformers?",
  String.raw`(?!token\b)\w+ detection`,
  "(?<!speech )recognition",
  String.raw`AP\^?b`,
  String.raw`top-?k (?:\w+ ){0,2}(?:keys|attention)`,
  String.raw`e\.g\.?,?`,
  "WER",
  String.raw`^(?:on|analy[sz]\w+)\b`,
  String.raw`I\/O[- ]aware`,
];

const TEXTS = [
  "Swin Transformers beat Performer-based detectors.",
  "TRANSFORMER for object detection, e.g. on COCO",
  "We report APb and AP^b; the WER drops.",
  "top-k attention and topk sparse keys",
  "On the other hand",
  "Analysing I/O aware kernels",
  "speech recognition and face recognition",
  "however, power is lower",
];

describe("the phrase prefilter", () => {
  const patterns = PHRASES.map((p) => compilePhrases([p])!);

  it("never rules out a sentence its pattern matches", () => {
    for (const text of TEXTS)
      for (const pattern of patterns) {
        pattern.lastIndex = 0;
        if (pattern.test(text)) expect(mayMatch(pattern, possiblePatterns(text)), `${pattern.source} on "${text}"`).toBe(true);
      }
  });

  it("rules out sentences without the words a phrase needs, whole words only", () => {
    const [former, , , , , , , wer, analysis] = patterns;
    expect(mayMatch(former, possiblePatterns("a convolutional network"))).toBe(false);
    expect(mayMatch(wer, possiblePatterns("however, power is lower"))).toBe(false);
    expect(mayMatch(analysis, possiblePatterns("cannot go on"))).toBe(true);
    expect(mayMatch(analysis, possiblePatterns("only one"))).toBe(false);
  });

  it("keeps patterns it cannot read as possible everywhere", () => {
    const escaped = compilePhrases([String.raw`\x41BC`])!;
    const unbalanced = compilePhrases(["a)|(b"])!;
    expect(mayMatch(escaped, possiblePatterns("nothing here"))).toBe(true);
    expect(mayMatch(unbalanced, possiblePatterns("nothing here"))).toBe(true);
  });

  it("asks a phrase of several parts for each part's words, not only for the strongest part's", () => {
    // "only" and "model" are everywhere: alone they let every sentence through to the regex.
    const mlp = compilePhrases([String.raw`(?:multi-?layer perceptrons?|MLPs?)(?: \(MLPs?\))? (?:architectures?|models?|networks?|only)`])!;
    expect(mayMatch(mlp, possiblePatterns("We train only one model."))).toBe(false);
    for (const text of ["A multilayer perceptron (MLP) network wins.", "The MLP only."]) {
      expect(mlp.test(text)).toBe(true);
      mlp.lastIndex = 0;
      expect(mayMatch(mlp, possiblePatterns(text))).toBe(true);
    }
  });

  it("judges a pattern tested on part of a sentence by the sentence, ignoring the part's edges", () => {
    const clauseEnd = /\b(?:unlike|than)\b([^.;:]{0,40})$/i;
    watchWithin(clauseEnd);
    // Cut mid-word, the part starts a word the sentence does not have.
    const sentence = "Faster thanks to xunlike, better";
    expect(clauseEnd.test(sentence.slice(18))).toBe(true);
    expect(mayMatch(clauseEnd, possiblePatterns(sentence))).toBe(true);
    expect(mayMatch(clauseEnd, possiblePatterns("Faster and better"))).toBe(false);
  });
});

describe("the phrase prefilter on the real texts", () => {
  it("never rules out a sentence of the dumps or the labelled samples that a phrase pattern matches", () => {
    const texts: string[] = [];
    for (const input of loadDumps())
      if (!input.error) for (const r of parseDump(input.file, input.text, input.options).records) texts.push(r.title, r.abstract);
    for (const file of ["tests/fixtures/labels/tuning.jsonl", "tests/fixtures/labels/held-out.jsonl"])
      for (const line of readFileSync(file, "utf8").split("\n").filter(Boolean)) {
        const { title, abstract } = JSON.parse(line) as { title: string; abstract?: string };
        texts.push(title, abstract ?? "");
      }
    const sentences = texts.flatMap((t) => [t, ...sentencesOf({ title: "", abstract: t }).map((s) => s.text)]);
    const missed: string[] = [];
    for (const text of sentences) {
      const possible = possiblePatterns(text);
      for (const pattern of watchedPatterns()) {
        if (mayMatch(pattern, possible)) continue;
        pattern.lastIndex = 0;
        if (pattern.test(text)) missed.push(`${pattern.source.slice(0, 60)} in "${text.slice(0, 80)}"`);
        pattern.lastIndex = 0;
      }
    }
    expect(missed).toEqual([]);
    // Every pattern over every sentence of ~1,600 labelled papers: seconds, more on a loaded machine.
  }, 60_000);
});

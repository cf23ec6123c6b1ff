import { describe, expect, it } from "vitest";
import { compilePhrases } from "../../lib/ingest/classify/phrase";
import { mayMatch, possiblePatterns, watchWithin } from "../../lib/ingest/classify/prefilter";

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

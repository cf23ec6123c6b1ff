import { describe, expect, it } from "vitest";
import { modelNamePairs } from "../../lib/search/settings";

const pairsOf = (name: string, match: string[]) => modelNamePairs([{ name, match }]).map((p) => p.join(" = "));

describe("model-name synonyms from the lexicon", () => {
  it("pairs the spellings of one name and an acronym with its words", () => {
    expect(pairsOf("BigBird", ["BigBird", "Big Bird"])).toEqual(["big bird = bigbird"]);
    expect(pairsOf("Nyströmformer", ["Nyströmformer", "Nystromformer"])).toEqual([]);
    expect(pairsOf("RetNet", ["RetNet", "Retentive Network"])).toEqual(["retentive network = retnet"]);
    expect(pairsOf("LSTM", ["LSTM", "long short-term memory"])).toEqual(["long short term memory = lstm"]);
  });

  it("does not pair versions, sizes, or a form that loses a sign when folded", () => {
    expect(pairsOf("RWKV", ["RWKV", "RWKV-4", "RWKV-7"])).toEqual([]);
    expect(pairsOf("DeiT", ["DeiT", "DeiT-Ti", "DeiT-S"])).toEqual([]);
    expect(pairsOf("Performer", ["Performer", "FAVOR+"])).toEqual([]);
  });
});

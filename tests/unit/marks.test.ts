import { describe, expect, it } from "vitest";
import { MATCH_END as E, MATCH_START as S, markedParts } from "@/lib/marks";

const render = (text: string) =>
  markedParts(text)
    .map((p) => (p.marked ? `[${p.text}]` : p.text))
    .join("");

describe("highlighted matches", () => {
  it("grow a mark cut short by a typo or prefix match to the whole word", () => {
    expect(render(`A ${S}Transforme${E}r for speech`)).toBe("A [Transformer] for speech");
    expect(render(`${S}lin${E}ear attention`)).toBe("[linear] attention");
  });

  it("take in the start of a word marked from its middle, and join marks that touch", () => {
    expect(render(`pre${S}training${E} and ${S}Swin${E}${S}IR${E}`)).toBe("[pretraining] and [SwinIR]");
  });

  it("leave whole-word marks, punctuation and unmarked text as they are", () => {
    expect(render(`${S}Mamba${E}: linear-time ${S}state${E}-space`)).toBe("[Mamba]: linear-time [state]-space");
    expect(render("no marks here")).toBe("no marks here");
    expect(render(`ünïcode ${S}Transfo${E}rmér`)).toBe("ünïcode [Transformér]");
  });
});

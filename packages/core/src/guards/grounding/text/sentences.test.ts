import { describe, expect, it } from "vitest";
import { completeSentencesEnd, splitSentences } from "./sentences";

const pieces = (text: string) => splitSentences(text).map((span) => text.slice(span.start, span.end));

describe("splitSentences", () => {
  it("splits at end punctuation and line breaks, keeping the spaces with the sentence", () => {
    expect(pieces("It is oak. It costs $49! Want it?\nYes")).toEqual(["It is oak. ", "It costs $49! ", "Want it?\n", "Yes"]);
  });

  it("does not split after units, abbreviations or before a lower-case word", () => {
    expect(pieces("The door is 36 in. Wide enough for most frames. Approx. Blue, e.g. navy.")).toEqual([
      "The door is 36 in. Wide enough for most frames. ",
      "Approx. Blue, e.g. navy.",
    ]);
  });

  it("knows a sentence is complete only once the next one starts", () => {
    expect(completeSentencesEnd("It is oak.")).toBe(0);
    expect(completeSentencesEnd("It is oak. ")).toBe(0);
    expect(completeSentencesEnd("It is oak. It")).toBe("It is oak. ".length);
  });
});

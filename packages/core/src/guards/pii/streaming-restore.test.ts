import { describe, expect, it } from "vitest";
import { createPiiVault } from "./pii-vault";
import { createRestoreTransform, createStreamingRestorer, restoreTextStream } from "./streaming-restore";

function vaultWith(values: Array<[string, string]>) {
  const vault = createPiiVault();
  for (const [type, text] of values) vault.placeholderFor({ type, text });
  return vault;
}

function run(chunks: string[], vault = vaultWith([["EMAIL_ADDRESS", "ana@example.com"], ["PERSON", "Ana Ruiz"]])) {
  const restorer = createStreamingRestorer(vault);
  const outputs = chunks.map((chunk) => restorer.push(chunk));
  outputs.push(restorer.flush());
  return outputs;
}

describe("streaming restore", () => {
  const answer = "Hi <PERSON_1>, we wrote to <EMAIL_1>.";
  const restored = "Hi Ana Ruiz, we wrote to ana@example.com.";

  it("restores a placeholder split at every possible point, never showing any part of it", () => {
    for (const placeholder of ["<PERSON_1>", "<EMAIL_1>"]) {
      const at = answer.indexOf(placeholder);
      for (let split = at + 1; split < at + placeholder.length; split++) {
        const outputs = run([answer.slice(0, split), answer.slice(split)]);
        expect(outputs.join("")).toBe(restored);
        for (const output of outputs) expect(output).not.toMatch(/<[A-Z_0-9]*|_1>|[A-Z]+_1/);
      }
    }
  });

  it("handles one-character chunks and releases text as soon as it cannot be a placeholder", () => {
    const outputs = run([...answer]);
    expect(outputs.join("")).toBe(restored);
    expect(outputs[0]).toBe("H");
    expect(outputs.slice(0, answer.indexOf("<") + 1).join("")).toBe("Hi ");
  });

  it("passes unknown placeholders and ordinary angle brackets through", () => {
    expect(run(["a < b and <ORDER_", "7> and <b>x</b>"]).join("")).toBe("a < b and <ORDER_7> and <b>x</b>");
  });

  it("drops a cut-off placeholder at the end and releases other open text", () => {
    expect(run(["Write to <EMAIL_"]).join("")).toBe("Write to ");
    expect(run(["Compare <SIZE"]).join("")).toBe("Compare <SIZE");
  });

  it("works as a TransformStream and as an async iterable", async () => {
    const vault = vaultWith([["PERSON", "Ana Ruiz"]]);
    const source = new ReadableStream<string>({
      start(controller) {
        for (const chunk of ["Hello <PER", "SON", "_1>!"]) controller.enqueue(chunk);
        controller.close();
      },
    });
    let streamed = "";
    const reader = source.pipeThrough(createRestoreTransform(vault)).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      streamed += value;
    }
    expect(streamed).toBe("Hello Ana Ruiz!");

    async function* chunks() {
      yield "Bye <PERSON";
      yield "_1>";
    }
    let iterated = "";
    for await (const chunk of restoreTextStream(chunks(), vault)) iterated += chunk;
    expect(iterated).toBe("Bye Ana Ruiz");
  });
});

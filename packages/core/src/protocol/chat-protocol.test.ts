import { describe, expect, it } from "vitest";
import { chatKeepAlive, withChatKeepAlive } from "./chat-protocol";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function* slowly(items: string[], delayMs: number, closed: { value: boolean }) {
  try {
    for (const item of items) {
      await sleep(delayMs);
      yield item;
    }
  } finally {
    closed.value = true;
  }
}

async function collect<Item>(iterable: AsyncIterable<Item>): Promise<Item[]> {
  const items: Item[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe("withChatKeepAlive", () => {
  it("puts a comment between items that are slow to come, and loses none of them", async () => {
    const items = await collect(withChatKeepAlive(slowly(["a", "b"], 70, { value: false }), 15));
    expect(items.filter((item) => item !== chatKeepAlive)).toEqual(["a", "b"]);
    expect(items.indexOf("a")).toBeGreaterThanOrEqual(2);
    expect(items.slice(items.indexOf("a") + 1, items.indexOf("b")).length).toBeGreaterThanOrEqual(2);
    expect(items.at(-1)).toBe("b");
  });

  it("adds nothing when the interval is 0", async () => {
    expect(await collect(withChatKeepAlive(slowly(["a", "b"], 30, { value: false }), 0))).toEqual(["a", "b"]);
  });

  it("closes the source when the reader stops early", async () => {
    const closed = { value: false };
    for await (const item of withChatKeepAlive(slowly(["a", "b", "c"], 1, closed), 1000)) {
      expect(item).toBe("a");
      break;
    }
    expect(closed.value).toBe(true);
  });

  it("passes a failure of the source on", async () => {
    async function* failing() {
      yield "a";
      await sleep(30);
      throw new Error("model gone");
    }
    await expect(collect(withChatKeepAlive(failing(), 10))).rejects.toThrow("model gone");
  });
});

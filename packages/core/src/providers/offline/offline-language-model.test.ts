import { describe, expect, it } from "vitest";
import { z } from "zod";
import { InvalidConfigError } from "../../errors";
import { generateObject, generateText, streamText, tool, toJsonSchema } from "../../generate";
import { countTokens } from "../../prompt/tokenizer";
import type {
  ContextDocument,
  LanguageModelCallOptions,
  LanguageModelGenerateResult,
  LanguageModelStreamPart,
  Source,
  ToolCall,
  Usage,
} from "../../spec";
import { safeParseJson } from "../../util/parse-json";
import { createOffline, createOfflineLanguageModel, offlineFallbackMessages } from "./index";

const documents: ContextDocument[] = [
  {
    id: "policy:returns",
    title: "Returns policy",
    path: ["Policies", "Returns"],
    text: [
      "You can return unused items within 30 days of delivery for a full refund.",
      "Refunds go back to the original payment method within 5 business days.",
      "Sale items are final and cannot be returned.",
    ].join(" "),
    trusted: true,
  },
  {
    id: "policy:shipping",
    title: "Shipping",
    path: ["Policies", "Shipping"],
    text: [
      "# Delivery times",
      "Orders ship within 2 business days. Standard delivery takes 3-5 business days within Germany.",
      "",
      "# Costs",
      "Free shipping on orders over €50. Below that, shipping costs €4.90.",
    ].join("\n"),
    trusted: true,
  },
  {
    id: "policy:payment",
    title: "Payment",
    text: "We accept the following payment methods:\n- Visa and Mastercard\n- PayPal\n- Klarna invoice",
    trusted: true,
  },
  {
    id: "product:oslo",
    title: "Oslo sofa",
    text: [
      "Material: oak frame, wool cover",
      "Width: 210 cm",
      "Price: €1,299.00",
      "Colours: grey, blue and green",
      "The Oslo sofa seats three and suits small living rooms. The covers are machine washable.",
    ].join("\n"),
  },
  {
    id: "product:bergen",
    title: "Bergen armchair",
    text: "Material: beech, linen\nPrice: €499.00\nA compact armchair with a high back. Not suitable for outdoor use.",
  },
];

const model = createOfflineLanguageModel();
const ask = (question: string, options: Partial<LanguageModelCallOptions> = {}) =>
  model.doGenerate({ messages: [{ role: "user", content: question }], documents, ...options });

/** Every sentence of the answer, with the title framing removed, is quoted from a document. */
function expectQuotedFrom(answer: string, sources: readonly ContextDocument[]) {
  const titles = sources.flatMap((document) => (document.title === undefined ? [] : [document.title]));
  const lines = answer.split("\n").filter((line) => line.trim() !== "");
  for (const rawLine of lines) {
    let line = rawLine.replace(/^- /, "");
    for (const title of titles) if (line.startsWith(`${title}:`)) line = line.slice(title.length + 1).trim();
    if (line === "") continue;
    for (const sentence of line.split(/(?<=[.!?])\s+/)) {
      expect(sources.some((document) => document.text.includes(sentence)), `"${sentence}" is quoted`).toBe(true);
    }
  }
}

async function collect(stream: ReadableStream<LanguageModelStreamPart>): Promise<LanguageModelStreamPart[]> {
  const parts: LanguageModelStreamPart[] = [];
  const reader = stream.getReader();
  while (true) {
    const { done, value } = await reader.read();
    if (done) return parts;
    parts.push(value);
  }
}

function reassemble(parts: LanguageModelStreamPart[]) {
  const result: { text: string; sources: Source[]; toolCalls: ToolCall[]; finishReason?: string; usage?: Usage } = {
    text: "",
    sources: [],
    toolCalls: [],
  };
  for (const part of parts) {
    if (part.type === "text-delta") result.text += part.delta;
    else if (part.type === "source") result.sources.push(part.source);
    else if (part.type === "tool-call") result.toolCalls.push({ toolCallId: part.toolCallId, toolName: part.toolName, input: part.input });
    else if (part.type === "finish") {
      result.finishReason = part.finishReason;
      result.usage = part.usage;
    }
  }
  return result;
}

const orderTools = [
  {
    name: "getOrderStatus",
    description: "Look up the status and tracking of an order by its order number",
    inputSchema: toJsonSchema(z.object({ orderNumber: z.string(), email: z.email().optional() })),
  },
  {
    name: "searchProducts",
    description: "Search the catalog",
    inputSchema: toJsonSchema(z.object({ query: z.string(), limit: z.number().int().min(1).max(20).optional() })),
  },
];

describe("offline language model: answers", () => {
  it("identifies itself", () => {
    expect(model.provider).toBe("offline");
    expect(model.modelId).toBe("offline-extractive-1");
    expect(model.specificationVersion).toBe("aisle.v1");
  });

  it("answers from the right document, quotes it and cites it", async () => {
    const result = await ask("How long do I have to return an item?");
    expect(result.text).toContain("30 days");
    expect(result.sources?.map((source) => source.id)).toEqual(["policy:returns"]);
    expect(result.sources?.[0]).toEqual({ id: "policy:returns", title: "Returns policy", path: ["Policies", "Returns"] });
    expect(result.finishReason).toBe("stop");
    expect(result.toolCalls).toEqual([]);
    expectQuotedFrom(result.text, documents);
  });

  it("finds fields and lists, and reaches the price through a synonym", async () => {
    const payment = await ask("Which payment methods can I use?");
    expect(payment.text).toContain("PayPal");
    expect(payment.text).toContain("Klarna invoice");
    expect(payment.sources?.[0]?.id).toBe("policy:payment");

    const price = await ask("What does the Oslo sofa cost?");
    expect(price.text).toContain("Price: €1,299.00");
    expect(price.sources?.[0]?.id).toBe("product:oslo");
    expectQuotedFrom(price.text, documents);

    const shipping = await ask("Is shipping free?");
    expect(shipping.text).toContain("Free shipping on orders over €50.");
    expect(shipping.sources?.map((source) => source.id)).toEqual(["policy:shipping"]);
  });

  it("uses a document's title when its sentences do not repeat the question's words", async () => {
    const result = await ask("What is your payment policy?", { documents: documents.filter((document) => document.id !== "policy:returns") });
    expect(result.sources?.[0]?.id).toBe("policy:payment");
  });

  it("describes a document in general when the question names it and asks nothing more specific", async () => {
    const result = await ask("Write a product description for the Oslo sofa.");
    expect(result.sources?.map((source) => source.id)).toEqual(["product:oslo"]);
    expect(result.text).toContain("The covers are machine washable.");
    expectQuotedFrom(result.text, documents);
    // A specific question about the same document stays specific.
    expect((await ask("What does the Oslo sofa cost?")).text).not.toContain("machine washable");
  });

  it("reads a short follow-up in the light of the previous question", async () => {
    const result = await model.doGenerate({
      documents,
      messages: [
        { role: "user", content: "How long do I have to return an item?" },
        { role: "assistant", content: "You can return unused items within 30 days of delivery for a full refund." },
        { role: "user", content: "And sale items?" },
      ],
    });
    expect(result.text).toContain("Sale items are final and cannot be returned.");
  });

  it("answers with the fallback, without sources, when the context does not hold the answer", async () => {
    for (const question of ["What will the weather be like in Paris tomorrow?", "Do you sell gift cards?", "Hello!"]) {
      const result = await ask(question);
      expect(result.text).toBe("I couldn't find that in the store's information.");
      expect(result.sources).toEqual([]);
      expect(result.finishReason).toBe("stop");
    }
    const withoutDocuments = await model.doGenerate({ messages: [{ role: "user", content: "How long do returns take?" }] });
    expect(withoutDocuments.text).toBe(offlineFallbackMessages.en);
  });

  it("speaks the fallback in the question's language unless told otherwise", async () => {
    expect((await ask("Wie ist das Wetter morgen in Berlin?")).text).toBe(offlineFallbackMessages.de);
    expect((await ask("Quel temps fera-t-il demain à Paris ?")).text).toBe(offlineFallbackMessages.fr);
    const fixed = createOfflineLanguageModel({ fallbackLanguage: "es" });
    expect((await fixed.doGenerate({ messages: [{ role: "user", content: "Weather tomorrow?" }] })).text).toBe(offlineFallbackMessages.es);
    const custom = createOfflineLanguageModel({ fallbackMessage: "Please ask our team." });
    expect((await custom.doGenerate({ messages: [{ role: "user", content: "Weather tomorrow?" }] })).text).toBe("Please ask our team.");
  });

  it("answers German, French and Spanish questions from documents in those languages, accents or not", async () => {
    const multilingual: ContextDocument[] = [
      ...documents,
      { id: "de:rueckgabe", title: "Rückgabe", text: "Sie können Artikel innerhalb von 30 Tagen zurücksenden. Die Rücksendung ist kostenlos." },
      { id: "fr:livraison", title: "Livraison", text: "La livraison en France prend 3 à 5 jours ouvrés. Elle est offerte dès 60 € d'achat." },
      { id: "es:devoluciones", title: "Devoluciones", text: "Aceptamos devoluciones durante 30 días. El reembolso se realiza en un plazo de 5 días hábiles." },
    ];
    const german = await ask("Ist die Rücksendung kostenlos?", { documents: multilingual });
    expect(german.text).toContain("Die Rücksendung ist kostenlos.");
    expect(german.sources?.[0]?.id).toBe("de:rueckgabe");

    const french = await ask("Combien de temps prend la livraison en France ?", { documents: multilingual });
    expect(french.text).toContain("3 à 5 jours");
    expect(french.sources?.[0]?.id).toBe("fr:livraison");

    const spanish = await ask("cuando llega el reembolso de una devolucion", { documents: multilingual });
    expect(spanish.text).toContain("El reembolso se realiza en un plazo de 5 días hábiles.");
    expect(spanish.sources?.[0]?.id).toBe("es:devoluciones");
  });

  it("caps the answer by sentences and by tokens", async () => {
    const oneSentence = createOfflineLanguageModel({ maxSentences: 1 });
    const short = await oneSentence.doGenerate({ messages: [{ role: "user", content: "Tell me about returns and refunds" }], documents });
    expect(short.text.split(/(?<=\.)\s+/)).toHaveLength(1);

    const tiny = await ask("How long do I have to return an item?", { maxOutputTokens: 5 });
    expect(countTokens(tiny.text)).toBeLessThanOrEqual(5);
    expect(tiny.finishReason).toBe("length");
    expect(tiny.usage.outputTokens).toBe(countTokens(tiny.text));
  });

  it("honours stop sequences", async () => {
    const result = await ask("How long do I have to return an item?", { stopSequences: ["30 days"] });
    expect(result.text).not.toContain("30 days");
    expect(result.text.length).toBeGreaterThan(0);
  });

  it("counts tokens for real: input is every message and document, output is the answer", async () => {
    const messages = [
      { role: "system" as const, content: "You are the store's assistant." },
      { role: "user" as const, content: "How long do I have to return an item?" },
    ];
    const result = await model.doGenerate({ messages, documents });
    const expectedInput =
      messages.reduce((sum, message) => sum + countTokens(message.content), 0) +
      documents.reduce((sum, document) => sum + countTokens(document.text) + countTokens(document.title ?? ""), 0);
    expect(result.usage).toEqual({
      inputTokens: expectedInput,
      outputTokens: countTokens(result.text),
      totalTokens: expectedInput + countTokens(result.text),
    });
  });

  it("is deterministic for the same input", async () => {
    const first = await ask("Which payment methods can I use?");
    const second = await ask("Which payment methods can I use?");
    expect(second).toEqual(first);
    const call = await ask("Where is my order #1001?", { tools: orderTools });
    expect(await ask("Where is my order #1001?", { tools: orderTools })).toEqual(call);
  });

  it("keeps redaction placeholders intact in what it quotes", async () => {
    const result = await model.doGenerate({
      messages: [
        { role: "user", content: "Which email address is on order #1001?" },
        { role: "assistant", content: "", toolCalls: [{ toolCallId: "call_1", toolName: "getOrder", input: '{"orderNumber":"#1001"}' }] },
        { role: "tool", toolCallId: "call_1", toolName: "getOrder", content: JSON.stringify({ orderNumber: "#1001", email: "<EMAIL_1>" }) },
      ],
    });
    expect(result.text).toContain("Email: <EMAIL_1>");
    const parts = await collect((await model.doStream({ messages: [{ role: "user", content: "x" }, { role: "tool", toolCallId: "c", toolName: "t", content: "Contact <EMAIL_1> or <PHONE_NUMBER_2> today please" }] })).stream);
    const deltas = parts.flatMap((part) => (part.type === "text-delta" ? [part.delta] : []));
    expect(deltas.some((delta) => delta.includes("<EMAIL_1>"))).toBe(true);
    expect(deltas.some((delta) => delta.includes("<PHONE_NUMBER_2>"))).toBe(true);
  });

  it("rejects bad settings naming every bad path", () => {
    try {
      createOfflineLanguageModel({ maxSentences: 0, fallbackLanguage: "it" as "en" });
      expect.unreachable();
    } catch (error) {
      expect(InvalidConfigError.isInstance(error)).toBe(true);
      expect((error as InvalidConfigError).issues.map((issue) => issue.path)).toEqual(["maxSentences", "fallbackLanguage"]);
    }
  });

  it("works through generateText and streamText", async () => {
    const result = await generateText({ model, prompt: "Do you accept PayPal?", documents });
    expect(result.text).toContain("PayPal");
    expect(result.sources.map((source) => source.id)).toEqual(["policy:payment"]);
    const streamed = streamText({ model, prompt: "Do you accept PayPal?", documents });
    expect(await streamed.text).toBe(result.text);
    expect((await streamed.sources).map((source) => source.id)).toEqual(["policy:payment"]);
  });
});

describe("offline language model: structured output", () => {
  const structured = async <Schema extends z.ZodType>(schema: Schema, question: string, options: Partial<LanguageModelCallOptions> = {}) => {
    const result = await ask(question, { responseFormat: { type: "json", schema: toJsonSchema(schema) }, ...options });
    const parsed = safeParseJson(result.text, schema);
    if (!parsed.success) throw parsed.error;
    return { object: parsed.value, result };
  };

  it("classifies with an enum from the question's words, or falls back to the catch-all member", async () => {
    const intent = z.object({ intent: z.enum(["order_status", "returns", "shipping", "payment", "other"]) });
    expect((await structured(intent, "I want to send back the sofa, how do returns work?")).object.intent).toBe("returns");
    expect((await structured(intent, "Where is my order?")).object.intent).toBe("order_status");
    expect((await structured(intent, "Can I pay with Klarna?")).object.intent).toBe("payment");
    expect((await structured(intent, "Tell me a joke")).object.intent).toBe("other");
    const noCatchAll = z.object({ topic: z.enum(["returns", "shipping"]) });
    expect((await structured(noCatchAll, "Tell me a joke")).object.topic).toBe("returns");
  });

  it("reads enum members' descriptions from the instructions", async () => {
    const schema = z.object({ intent: z.enum(["wismo", "rma", "other"]) });
    const system = ["Choose the intent.", "Intents:", "- wismo: where an order is, its tracking and delivery date", "- rma: sending an item back for a refund"].join("\n");
    const classify = async (question: string) => {
      const result = await model.doGenerate({
        messages: [{ role: "system", content: system }, { role: "user", content: question }],
        responseFormat: { type: "json", schema: toJsonSchema(schema) },
      });
      const parsed = safeParseJson(result.text, schema);
      return parsed.success ? parsed.value.intent : undefined;
    };
    expect(await classify("I'd like to send this jacket back")).toBe("rma");
    expect(await classify("When will my parcel be delivered? I need the tracking")).toBe("wismo");
    expect(await classify("Do you have a shop in Vienna?")).toBe("other");
  });

  it("reads sentiment into enums and bounded ratings", async () => {
    const review = z.object({ sentiment: z.enum(["positive", "neutral", "negative"]), rating: z.number().int().min(1).max(5) });
    const happy = await structured(review, "Review: I love this sofa, it is very comfortable and the delivery was fast.", { documents: [] });
    expect(happy.object).toEqual({ sentiment: "positive", rating: 5 });
    const unhappy = await structured(review, "Review: Terrible. The armchair arrived broken and I am disappointed.", { documents: [] });
    expect(unhappy.object).toEqual({ sentiment: "negative", rating: 1 });
  });

  it("fills strings, numbers, booleans and optional fields from fields and sentences", async () => {
    const product = z.object({
      name: z.string(),
      material: z.string(),
      widthCm: z.number().describe("Width in cm"),
      price: z.number().positive(),
      machineWashable: z.boolean().describe("Whether the covers are machine washable"),
      suitableForOutdoorUse: z.boolean().optional(),
      warranty: z.string().optional(),
      colours: z.array(z.string()).min(1).max(5),
    });
    const { object, result } = await structured(product, "Describe the Oslo sofa", {
      documents: documents.filter((document) => document.id === "product:oslo"),
    });
    expect(object).toEqual({
      name: "Oslo sofa",
      material: "oak frame, wool cover",
      widthCm: 210,
      price: 1299,
      machineWashable: true,
      colours: ["grey", "blue", "green"],
    });
    expect(result.sources?.map((source) => source.id)).toEqual(["product:oslo"]);

    const outdoor = await structured(z.object({ suitableForOutdoorUse: z.boolean() }), "Can the Bergen armchair stand outside?", {
      documents: documents.filter((document) => document.id === "product:bergen"),
    });
    expect(outdoor.object.suitableForOutdoorUse).toBe(false);
  });

  it("fills arrays of objects one relevant document each, within minItems and maxItems", async () => {
    const recommendation = z.object({
      answer: z.string(),
      products: z
        .array(z.object({ id: z.string(), name: z.string(), reason: z.string().max(80) }))
        .min(1)
        .max(2),
    });
    const { object } = await structured(recommendation, "I need a seat made of oak or beech", {
      documents: documents.filter((document) => document.id.startsWith("product:")),
    });
    expect(object.products.map((product) => product.id).sort()).toEqual(["product:bergen", "product:oslo"]);
    expect(object.products.find((product) => product.id === "product:oslo")?.name).toBe("Oslo sofa");
    for (const product of object.products) expect(product.reason.length).toBeLessThanOrEqual(80);

    const padded = await structured(
      z.object({ items: z.array(z.object({ title: z.string(), score: z.number().min(0).max(1) })).min(2) }),
      "Something unrelated to anything",
      { documents: [] },
    );
    expect(padded.object.items).toHaveLength(2);
  });

  it("fills lists of strings with quoted units and tags with the subject's words", async () => {
    const copy = z.object({ title: z.string().max(60), bullets: z.array(z.string()).min(3).max(5), tags: z.array(z.string()).max(4) });
    const { object } = await structured(copy, "Write copy for the Oslo sofa");
    expect(object.title).toBe("Oslo sofa");
    expect(object.bullets.length).toBeGreaterThanOrEqual(3);
    for (const bullet of object.bullets) expectQuotedFrom(bullet, documents.filter((document) => document.id === "product:oslo"));
    expect(object.tags.slice(0, 2)).toEqual(["oslo", "sofa"]);
  });

  it("keeps a list of products to the documents named like it", async () => {
    const schema = z.object({ products: z.array(z.object({ productId: z.string(), reason: z.string() })).max(3) });
    const { object } = await structured(schema, "Can I return a sofa made of oak?");
    expect(object.products.map((product) => product.productId)).toEqual(["product:oslo"]);
  });

  it("fills nested objects, nullable fields, $ref definitions and recursive schemas", async () => {
    const Address = z.object({ city: z.string(), postcode: z.string().nullable() }).meta({ id: "Address" });
    const Category: z.ZodType<{ name: string; children: unknown[] }> = z.object({
      name: z.string(),
      get children() {
        return z.array(Category);
      },
    });
    const schema = z.object({
      billing: Address,
      shipping: Address,
      category: Category,
      note: z.string().nullable(),
      tracking: z.object({ carrier: z.string(), number: z.string() }).nullable(),
    });
    const jsonSchema = toJsonSchema(schema);
    expect(JSON.stringify(jsonSchema)).toContain("$ref");
    const { object } = await structured(schema, "My city: Hamburg. Which carrier ships my order?", { documents: [] });
    expect(object.billing.city).toBe("Hamburg");
    expect(object.shipping.city).toBe("Hamburg");
    expect(object.tracking).toBeNull();
  });

  it("honours formats, patterns, lengths and bounds even without evidence", async () => {
    const schema = z.object({
      email: z.email(),
      website: z.url(),
      code: z.string().regex(/^[A-Z]{3}$/).default("ABC"),
      summary: z.string().min(10).max(40),
      count: z.number().int().min(3).max(7),
      ratio: z.number().gt(0).lt(1),
      tags: z.array(z.string()).min(2).max(3),
      when: z.iso.date(),
      id: z.uuid(),
    });
    const { object } = await structured(schema, "Contact me at jane.doe@example.org about https://shop.example/oslo", { documents: [] });
    expect(object.email).toBe("jane.doe@example.org");
    expect(object.website).toBe("https://shop.example/oslo");
    expect(object.summary.length).toBeGreaterThanOrEqual(10);
    expect(object.summary.length).toBeLessThanOrEqual(40);
    expect(object.count).toBeGreaterThanOrEqual(3);
    expect(object.tags.length).toBeGreaterThanOrEqual(2);
  });

  it("handles tuples, discriminated unions, records and finds values by their pattern", async () => {
    const schema = z.object({
      sku: z.string().regex(/^SKU-\d{4}$/),
      pair: z.tuple([z.string(), z.number()]),
      shape: z.discriminatedUnion("kind", [z.object({ kind: z.literal("a"), a: z.string() }), z.object({ kind: z.literal("b"), b: z.number() })]),
      extras: z.record(z.string(), z.string()),
    });
    const { object } = await structured(schema, "Is it in stock?", {
      documents: [{ id: "inventory", title: "Inventory", text: "Item SKU-1234 is in stock in Hamburg." }],
    });
    expect(object.sku).toBe("SKU-1234");
    expect(object.pair).toHaveLength(2);
  });

  it("answers through generateObject on the first attempt", async () => {
    const schema = z.object({ answer: z.string(), confidence: z.number().min(0).max(1), needsHuman: z.boolean() });
    const result = await generateObject({ model, schema, prompt: "How long do I have to return an item?", documents });
    expect(result.repaired).toBe(false);
    expect(result.object.answer).toContain("30 days");
    const missing = await generateObject({ model, schema, prompt: "What is the capital of Peru?", documents });
    expect(missing.object.answer).toBe(offlineFallbackMessages.en);
  });

  it("answers with an object holding the answer when no schema is given", async () => {
    const result = await ask("Is shipping free?", { responseFormat: { type: "json" } });
    const parsed = safeParseJson(result.text, z.object({ answer: z.string() }));
    expect(parsed.success && parsed.value.answer).toContain("Free shipping");
    const bare = await structured(z.string(), "Is shipping free?");
    expect(bare.object).toContain("Free shipping");
    const list = await structured(z.array(z.string()).max(2), "Which payment methods can I use?");
    expect(list.object.join(" ")).toContain("PayPal");
  });
});

describe("offline language model: tools", () => {
  it("calls the matching tool with arguments from the question, placeholders intact", async () => {
    const result = await ask("Hi, my email is <EMAIL_1>. Where is my order #1001?", { tools: orderTools });
    expect(result.finishReason).toBe("tool-calls");
    expect(result.text).toBe("");
    expect(result.toolCalls).toHaveLength(1);
    expect(result.toolCalls[0]?.toolName).toBe("getOrderStatus");
    expect(JSON.parse(result.toolCalls[0]?.input ?? "")).toEqual({ orderNumber: "#1001", email: "<EMAIL_1>" });
    expect(result.toolCalls[0]?.toolCallId).toMatch(/^call_[0-9a-f]{24}$/);
  });

  it("answers from documents when they match the question better, and never calls with toolChoice none", async () => {
    const answer = await ask("Is shipping free?", { tools: orderTools });
    expect(answer.toolCalls).toEqual([]);
    expect(answer.text).toContain("Free shipping");
    const none = await ask("Where is my order #1001?", { tools: orderTools, toolChoice: "none" });
    expect(none.toolCalls).toEqual([]);
  });

  it("does not call a tool on its own when a required argument is missing from the conversation", async () => {
    const result = await ask("Where is my order?", { tools: orderTools });
    expect(result.toolCalls).toEqual([]);
    const forced = await ask("Where is my order?", { tools: orderTools, toolChoice: "required" });
    expect(forced.toolCalls[0]?.toolName).toBe("getOrderStatus");
    expect(safeParseJson(forced.toolCalls[0]?.input ?? "", z.object({ orderNumber: z.string() })).success).toBe(true);
  });

  it("calls the named tool when told to, filling a search query from the question", async () => {
    const result = await ask("Do you have grey sofas?", { tools: orderTools, toolChoice: { name: "searchProducts" } });
    expect(result.toolCalls[0]?.toolName).toBe("searchProducts");
    expect(JSON.parse(result.toolCalls[0]?.input ?? "")).toEqual({ query: "Do you have grey sofas?" });
  });

  it("runs a tool and answers from its result in the next step", async () => {
    const calls: unknown[] = [];
    const result = await generateText({
      model,
      prompt: "Where is my order #1001? My email is jane@example.org",
      documents,
      maxSteps: 3,
      tools: {
        getOrderStatus: tool({
          description: "Look up the status and tracking of an order by its order number",
          inputSchema: z.object({ orderNumber: z.string(), email: z.email() }),
          execute: (input) => {
            calls.push(input);
            return { orderNumber: input.orderNumber, status: "shipped", carrier: "DHL", trackingNumber: "JD014600003828" };
          },
        }),
      },
    });
    expect(calls).toEqual([{ orderNumber: "#1001", email: "jane@example.org" }]);
    expect(result.steps).toHaveLength(2);
    expect(result.text).toContain("Status: shipped");
    expect(result.text).toContain("Tracking number: JD014600003828");
    expect(result.finishReason).toBe("stop");
  });

  it("stops calling once the forced tool has answered the latest question", async () => {
    const result = await generateText({
      model,
      prompt: "Where is order #1001?",
      toolChoice: "required",
      maxSteps: 4,
      tools: {
        getOrder: tool({
          description: "Get an order",
          inputSchema: z.object({ orderNumber: z.string() }),
          execute: ({ orderNumber }) => ({ orderNumber, status: "processing", estimatedDelivery: "2026-12-03" }),
        }),
      },
    });
    expect(result.steps).toHaveLength(2);
    expect(result.text).toBe("Order number: #1001\nStatus: processing\nEstimated delivery: 2026-12-03");
  });

  it("fills number arguments and enums from the question", async () => {
    const tools = [
      {
        name: "createReturn",
        description: "Start a return for an order",
        inputSchema: toJsonSchema(
          z.object({ orderNumber: z.number().int(), reason: z.enum(["damaged", "wrong_size", "changed_mind", "other"]), quantity: z.number().int().min(1).default(1) }),
        ),
      },
    ];
    const result = await ask("I want to return order 1002, the chair arrived damaged", { tools, documents: [] });
    expect(result.toolCalls[0]?.toolName).toBe("createReturn");
    expect(JSON.parse(result.toolCalls[0]?.input ?? "")).toEqual({ orderNumber: 1002, reason: "damaged" });
  });
});

describe("offline language model: streaming and abort", () => {
  const cases: Array<[string, Partial<LanguageModelCallOptions>]> = [
    ["Which payment methods can I use?", {}],
    ["What will the weather be like tomorrow?", {}],
    ["Where is my order #1001?", { tools: orderTools }],
    ["Describe the Oslo sofa", { responseFormat: { type: "json", schema: toJsonSchema(z.object({ name: z.string(), price: z.number() })) } }],
  ];

  it.each(cases)("streams exactly what doGenerate returns: %s", async (question, options) => {
    const call = { messages: [{ role: "user" as const, content: question }], documents, ...options };
    const generated: LanguageModelGenerateResult = await model.doGenerate(call);
    const { stream, response } = await model.doStream(call);
    const parts = await collect(stream);
    expect(parts[0]).toEqual({ type: "stream-start" });
    expect(parts.at(-1)?.type).toBe("finish");
    const streamed = reassemble(parts);
    expect(streamed).toEqual({
      text: generated.text,
      sources: generated.sources,
      toolCalls: generated.toolCalls,
      finishReason: generated.finishReason,
      usage: generated.usage,
    });
    expect(response).toEqual(generated.response);
    // A few words per delta, not one delta for everything.
    const deltas = parts.filter((part) => part.type === "text-delta");
    if (generated.text.split(/\s+/).length > 6) expect(deltas.length).toBeGreaterThan(1);
  });

  it("rejects with the signal's reason when aborted before the call", async () => {
    const controller = new AbortController();
    const reason = new Error("shopper left");
    controller.abort(reason);
    await expect(ask("Is shipping free?", { abortSignal: controller.signal })).rejects.toBe(reason);
    await expect(model.doStream({ messages: [{ role: "user", content: "Is shipping free?" }], documents, abortSignal: controller.signal })).rejects.toBe(reason);
  });

  it("errors the stream with the signal's reason when aborted while streaming", async () => {
    const controller = new AbortController();
    const { stream } = await model.doStream({
      messages: [{ role: "user", content: "Tell me about returns and refunds" }],
      documents,
      abortSignal: controller.signal,
    });
    const reader = stream.getReader();
    expect((await reader.read()).value?.type).toBe("stream-start");
    const reason = new Error("stop");
    controller.abort(reason);
    await expect(reader.read()).rejects.toBe(reason);
  });
});

describe("offline provider", () => {
  it("builds language and embedding models from one validated config", async () => {
    const offline = createOffline({ languageModel: { maxSentences: 1 } });
    const languageModel = offline.languageModel();
    const answer = await languageModel.doGenerate({ messages: [{ role: "user", content: "Tell me about returns and refunds" }], documents });
    expect(answer.text.split(/(?<=\.)\s+/)).toHaveLength(1);
    const embeddingModel = offline.embeddingModel();
    expect(embeddingModel.provider).toBe("offline");
    const { embeddings } = await embeddingModel.doEmbed({ values: ["oak sofa", "oak sofas"] });
    expect(embeddings).toHaveLength(2);
    expect(() => createOffline({ languageModel: { maxOutputTokens: -1 } })).toThrow(/maxOutputTokens/);
  });

  it("answers in single-digit milliseconds over a few dozen documents", async () => {
    const many: ContextDocument[] = Array.from({ length: 40 }, (_, index) => ({
      id: `product:${index}`,
      title: `Product ${index} ${["sofa", "armchair", "table", "lamp"][index % 4]}`,
      text: `Material: ${["oak", "beech", "walnut", "steel"][index % 4]}\nPrice: €${100 + index}.00\nA ${["compact", "large", "modern", "classic"][index % 4]} piece for living rooms, bedrooms and offices. Delivered within ${2 + (index % 5)} business days. Assembly takes about ${10 + index} minutes with the included tools.`,
    }));
    await model.doGenerate({ messages: [{ role: "user", content: "warm up" }], documents: many });
    const started = performance.now();
    const rounds = 20;
    for (let round = 0; round < rounds; round++) {
      await model.doGenerate({ messages: [{ role: "user", content: `Which walnut table is delivered fastest? ${round}` }], documents: many });
    }
    const average = (performance.now() - started) / rounds;
    // Loose bound so a busy CI machine does not fail it; the typical figure is a few milliseconds.
    expect(average).toBeLessThan(50);
  });
});

import { pathToFileURL } from "node:url";
import {
  createAisle,
  createInMemoryEventSink,
  createSampleStoreSources,
  isVerifiedResolution,
  piiMiddleware,
  priceRange,
  resolveDefaultModels,
  sampleOrderScenarios,
  sampleStoreFacts,
  sampleStoreToday,
  streamText,
  wrapLanguageModel,
  type LanguageModel,
  type Message,
  type CopyDraft,
  type SupportAnswer,
} from "@aisle/core";

export type QuickstartOptions = {
  /** Where the demo writes; the terminal by default. */
  write?: (text: string) => void;
  /** Environment to read `OPENAI_API_KEY` from; `process.env` by default. */
  env?: Record<string, string | undefined>;
  /** Overrides the model (tests pass a mock or the offline model). */
  model?: LanguageModel;
};

export type QuickstartReport = {
  modelSource: "openai" | "offline" | "custom";
  conversations: Array<{ title: string; turns: Array<{ shopper: string; answer: SupportAnswer }>; verifiedResolution: boolean }>;
  searches: Array<{ query: string; understood: string; products: string[] }>;
  /** What the provider was sent for the message with personal data: the values replaced by placeholders. */
  providerSaw: string;
  copy?: { draft: CopyDraft<"product-description">; seo: CopyDraft<"seo-meta"> };
  recommendations?: { complementary: Array<{ id: string; why: string }>; forShopper: Array<{ id: string; why: string }> };
  reviewSummary?: Array<{ text: string; reviewIds: string[] }>;
};

const { inTransit, lastDayToReturn, oneDayPastReturnWindow } = sampleOrderScenarios;

/** Scripted shoppers: each conversation is a list of what the shopper types, turn by turn. */
const conversations: Array<{ title: string; shopper: string[] }> = [
  { title: "A policy question", shopper: ["How many days do I have to return something, and is return shipping free?"] },
  { title: "Shipping abroad", shopper: ["Do you ship to Canada? How much does it cost?"] },
  { title: "A product question", shopper: ["Is the Linden Modular Sectional available in charcoal?"] },
  {
    title: "Order status for a verified shopper",
    shopper: [`Hi! Where is my order ${inTransit.orderName}?`, `Sure, it's ${inTransit.email}`],
  },
  { title: "An order lookup that cannot be verified", shopper: [`Where is order ${inTransit.orderName}? My email is not.the.buyer@example.com`] },
  {
    title: "A return on the last day of the window",
    shopper: [`I'd like to return my order ${lastDayToReturn.orderName}, email ${lastDayToReturn.email}`],
  },
  {
    title: "A late return and a handoff",
    shopper: [
      `Can I return order ${oneDayPastReturnWindow.orderName}? ${oneDayPastReturnWindow.email}`,
      "It's only one day late, can you make an exception please?",
    ],
  },
];

const searches = ["charcoal sofa under $3000 in stock", "waterproof hiking jacket", "linen bedding under $250", "couch"];

/**
 * The demo: a support assistant over the sample store. It indexes the catalog and policies, answers
 * shoppers with citations, looks up an order for a verified shopper and refuses an unverified one, decides
 * return eligibility from the rules, hands a policy exception to a person, searches the catalog in plain
 * language and shows that personal data never reaches the provider. Runs on OpenAI when `OPENAI_API_KEY`
 * is set, otherwise fully offline.
 */
export async function main(options: QuickstartOptions = {}): Promise<QuickstartReport> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const defaults = resolveDefaultModels({ env: options.env ?? process.env, onNotice: (message) => write(`${message}\n\n`) });
  const model = options.model ?? defaults.languageModel;
  const { catalog, knowledge, orders, reviews } = createSampleStoreSources();
  const events = createInMemoryEventSink();
  const aisle = createAisle({
    model,
    embeddings: defaults.embeddingModel,
    store: { name: sampleStoreFacts.storeName, currency: sampleStoreFacts.currencyCode },
    catalog,
    knowledge,
    orders,
    reviews,
    events,
    returns: { windowDays: sampleStoreFacts.returnWindowDays, trialMinimumNights: sampleStoreFacts.mattressMinimumNights },
    // The sample store's orders are dated relative to this day.
    now: () => new Date(sampleStoreToday),
  });

  const indexed = await aisle.ready();
  write(
    `${sampleStoreFacts.storeName} (sample store) · model ${model.provider}:${model.modelId}\n` +
      `Indexed ${indexed.products} products (${indexed.skippedProducts} drafts/archived skipped) and ` +
      `${indexed.knowledgeDocuments} policies (${indexed.knowledgeChunks} sections) in ${indexed.ms} ms.\n`,
  );

  const report: QuickstartReport = {
    modelSource: options.model === undefined ? defaults.source : "custom",
    conversations: [],
    searches: [],
    providerSaw: "",
  };

  for (const [index, conversation] of conversations.entries()) {
    const conversationId = `demo-${index + 1}`;
    write(`\n── ${conversation.title} ──\n`);
    const messages: Message[] = [];
    const turns: QuickstartReport["conversations"][number]["turns"] = [];
    for (const shopper of conversation.shopper) {
      messages.push({ role: "user", content: shopper });
      write(`Shopper: ${shopper}\nAisle:   `);
      const stream = aisle.support.stream({ messages, conversationId });
      for await (const delta of stream.textStream) write(delta.replaceAll("\n", "\n         "));
      const answer = await stream.answer;
      messages.push({ role: "assistant", content: answer.text });
      turns.push({ shopper, answer });
      write(`\n         ${describe(answer)}\n`);
      if (answer.handoff !== undefined) write(`         summary for the agent:\n           ${answer.handoff.summary.replaceAll("\n", "\n           ")}\n`);
    }
    report.conversations.push({ title: conversation.title, turns, verifiedResolution: isVerifiedResolution(events.events, conversationId) });
  }

  const resolved = report.conversations.filter((conversation) => conversation.verifiedResolution).length;
  write(`\nVerified resolutions: ${resolved} of ${report.conversations.length} conversations (handoffs and refused lookups do not count).\n`);

  write("\nCatalog search in plain language:\n");
  for (const query of searches) {
    const result = await aisle.catalog.search(query, { limit: 3 });
    const understood = describeQuery(result.query);
    write(`  "${query}"\n    understood: ${understood}\n`);
    for (const { product } of result.hits) {
      const { min } = priceRange(product);
      write(`    - ${product.title} (${min.amount} ${min.currencyCode})\n`);
    }
    if (result.hits.length === 0) write("    (nothing matches every filter)\n");
    report.searches.push({ query, understood, products: result.hits.map(({ product }) => product.id) });
  }

  write("\nRecommendations, each with a why built from real attributes:\n");
  const complementary = await aisle.recommend.complementary("prod-harbor-3-seat-sofa", { limit: 3 });
  write(`  Goes with the Harbor 3-Seat Sofa (${complementary.strategy}):\n`);
  for (const pick of complementary.recommendations) write(`    - ${pick.product.title}: ${pick.why}\n`);
  const forShopper = await aisle.recommend.forShopper({ browsing: ["prod-basecamp-4-person-tent"], cart: ["prod-loft-insulated-sleeping-pad"], limit: 3 });
  write("  For a shopper browsing a tent with a sleeping pad in the cart:\n");
  for (const pick of forShopper.recommendations) write(`    - ${pick.product.title}: ${pick.why}\n`);

  write("\nWhat customers say about the Harbor 3-Seat Sofa (every sentence cites its reviews):\n");
  const summary = await aisle.reviews.summarize("prod-harbor-3-seat-sofa");
  for (const sentence of summary.sentences) write(`  ${sentence.text} [${sentence.reviewIds.join(", ")}]\n`);
  report.recommendations = { complementary: complementary.recommendations.map((pick) => ({ id: pick.product.id, why: pick.why })), forShopper: forShopper.recommendations.map((pick) => ({ id: pick.product.id, why: pick.why })) };
  report.reviewSummary = summary.sentences.map((sentence) => ({ text: sentence.text, reviewIds: [...sentence.reviewIds] }));

  write("\nProduct copy, drafted from the product's facts and waiting for approval:\n");
  const draft = await aisle.copy.productDescription("prod-harbor-3-seat-sofa");
  write(`  ${draft.content.headline}\n  ${draft.content.body.replaceAll("\n", "\n  ")}\n`);
  for (const bullet of draft.content.bullets) write(`  • ${bullet}\n`);
  write(`  status: ${draft.status} · written by: ${draft.source} · findings: ${draft.findings.length === 0 ? "none" : draft.findings.map((finding) => finding.type).join(", ")}\n`);
  const seo = await aisle.copy.seoMeta("prod-harbor-3-seat-sofa", { keywords: ["3 seat sofa"] });
  write(`  SEO title: ${seo.content.title}\n  SEO description: ${seo.content.description}\n`);
  report.copy = { draft, seo };

  // The guard sits between the app and any provider: here it wraps a model that records what it was sent.
  const message = "Hi, I'm Maya Okafor (maya.okafor@example.com, +1 415 555 0134). Where is order #1015?";
  let providerSaw = "";
  const recording: LanguageModel = {
    ...model,
    doGenerate: (callOptions) => {
      providerSaw = callOptions.messages.map((entry) => entry.content).join("\n");
      return model.doGenerate(callOptions);
    },
    doStream: (callOptions) => {
      providerSaw = callOptions.messages.map((entry) => entry.content).join("\n");
      return model.doStream(callOptions);
    },
  };
  const guarded = wrapLanguageModel({ model: recording, middleware: piiMiddleware() });
  await streamText({ model: guarded, prompt: message }).text;
  write(`\nPersonal data stays in the store:\n  shopper wrote:  ${message}\n  provider saw:   ${providerSaw}\n`);
  report.providerSaw = providerSaw;
  return report;
}

function describe(answer: SupportAnswer): string {
  const parts = [`intent ${answer.intent} (${answer.confidence.toFixed(2)})`];
  if (answer.order !== undefined) parts.push(`order ${answer.order.name} verified by ${answer.order.verifiedBy}`);
  for (const tool of answer.tools) if (tool.outcome === "refused") parts.push(`${tool.name} refused: needs ${tool.detail}`);
  if (answer.returnEligibility !== undefined) parts.push(`returnable: ${answer.returnEligibility.eligible ? "yes" : "no"}`);
  if (answer.handoff !== undefined) parts.push(`handoff: ${answer.handoff.reason}`);
  const sources = answer.citations.map((citation) => (citation.path ?? [citation.title ?? citation.id]).join(" > "));
  if (sources.length > 0) parts.push(`sources: ${sources.join(" · ")}`);
  return parts.join(" · ");
}

function describeQuery(query: Awaited<ReturnType<ReturnType<typeof createAisle>["catalog"]["search"]>>["query"]): string {
  const parts = [`"${query.text}"`, ...query.matches.map((match) => `${match.kind}: ${match.text}`)];
  return parts.join(" · ");
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

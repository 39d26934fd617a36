import { pathToFileURL } from "node:url";
import {
  createCatalogIndex,
  createKnowledgeIndex,
  loadSampleStore,
  piiMiddleware,
  priceRange,
  productToContextDocument,
  resolveDefaultModels,
  streamText,
  wrapLanguageModel,
  type ContextDocument,
  type LanguageModel,
  type Source,
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
  answers: Array<{ question: string; answer: string; sources: Source[] }>;
  searches: Array<{ query: string; understood: string; products: string[] }>;
  /** What the provider was sent for the message with personal data: the values replaced by placeholders. */
  providerSaw: string;
};

const questions = [
  "How long do I have to return a sofa, and who pays for return shipping?",
  "Do you ship to Canada, and how long does standard delivery take?",
  "Is the Linden Modular Sectional in stock in charcoal, and what is it made of?",
];

const searches = ["charcoal sofa under $3000 in stock", "waterproof hiking jacket", "linen bedding under $250", "couch"];

const system =
  "You are the support assistant of Northwind Home & Outdoor. Answer only from the documents, cite them as [id], " +
  "and say so when they do not hold the answer.";

/**
 * The quickstart: indexes the sample store's catalog and policies, streams grounded answers with their
 * sources, shows plain-language catalog search, and shows that personal data never reaches the provider.
 * Runs on OpenAI when `OPENAI_API_KEY` is set, otherwise fully offline.
 */
export async function main(options: QuickstartOptions = {}): Promise<QuickstartReport> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const defaults = resolveDefaultModels({
    env: options.env ?? process.env,
    onNotice: (message) => write(`${message}\n\n`),
  });
  const model = options.model ?? defaults.languageModel;
  const store = loadSampleStore();

  const started = performance.now();
  const catalog = createCatalogIndex({ embeddingModel: defaults.embeddingModel });
  await catalog.upsert(store.products);
  const knowledge = createKnowledgeIndex({ embeddingModel: defaults.embeddingModel });
  await knowledge.upsert(store.policies.map((policy) => ({ id: policy.id, title: policy.title, content: policy.markdown })));
  write(
    `Northwind Home & Outdoor (sample store) · model ${model.provider}:${model.modelId}\n` +
      `Indexed ${catalog.size} products and ${store.policies.length} policies (${knowledge.chunkCount} sections) ` +
      `in ${Math.round(performance.now() - started)} ms.\n`,
  );

  const report: QuickstartReport = {
    modelSource: options.model === undefined ? defaults.source : "custom",
    answers: [],
    searches: [],
    providerSaw: "",
  };

  for (const question of questions) {
    const sections = await knowledge.search(question, { limit: 3 });
    const products = await catalog.search(question, { limit: 2, understandQuery: false });
    const documents: ContextDocument[] = [
      ...sections.map(({ chunk }) => chunk),
      ...products.hits.map(({ product }) => productToContextDocument(product)),
    ];
    write(`\nShopper: ${question}\nAisle:   `);
    const result = streamText({ model, system, documents, prompt: question });
    let answer = "";
    for await (const delta of result.textStream) {
      answer += delta;
      write(delta);
    }
    const sources = await result.sources;
    write(`\n         sources: ${sources.map((source) => (source.path ?? [source.title ?? source.id]).join(" > ")).join(" · ") || "none"}\n`);
    report.answers.push({ question, answer, sources });
  }

  write("\nCatalog search in plain language:\n");
  for (const query of searches) {
    const result = await catalog.search(query, { limit: 3 });
    const understood = describeQuery(result.query);
    write(`  "${query}"\n    understood: ${understood}\n`);
    for (const { product } of result.hits) {
      const { min } = priceRange(product);
      write(`    - ${product.title} (${min.amount} ${min.currencyCode})\n`);
    }
    if (result.hits.length === 0) write("    (nothing matches every filter)\n");
    report.searches.push({ query, understood, products: result.hits.map(({ product }) => product.id) });
  }

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

function describeQuery(query: Awaited<ReturnType<ReturnType<typeof createCatalogIndex>["search"]>>["query"]): string {
  const parts = [`"${query.text}"`, ...query.matches.map((match) => `${match.kind}: ${match.text}`)];
  return parts.join(" · ");
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

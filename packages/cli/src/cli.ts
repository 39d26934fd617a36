import { parseArgs } from "node:util";
import { AisleError } from "@aisle/core";
import { askCommand, chatCommand } from "./commands/ask-command";
import { copyCommand } from "./commands/copy-command";
import { evalCommand } from "./commands/eval-command";
import { indexCommand } from "./commands/index-command";
import { recommendCommand } from "./commands/recommend-command";
import { reviewsCommand } from "./commands/reviews-command";
import { CliError, usageError } from "./errors";
import { createOutput } from "./output";

const help = `aisle: LLM features for your store, from a terminal

Usage: aisle <command> [arguments] [flags]

Commands
  index [catalog]        read, validate and index a catalog (.jsonl or Shopify .csv); the sample store without one
  ask "<question>"       one streamed answer from the support assistant, with its sources
  chat                   an interactive, streamed support conversation
  copy <product>         draft copy for a product (id or handle) with its fact-check findings
  recommend [product]    picks with a reason each: --mode similar | complementary | trending | shopper
  reviews [file]         sentiment per review and aspect, moderation flags and a cited summary (.jsonl/.json;
                         without a file, a sample-store product's reviews)
  eval                   run every feature's scenarios, retrieval and PII checks; exits 1 when one fails

Flags
  --catalog <file>       the catalog for ask, chat and copy (default: the bundled sample store)
  --knowledge <path>     policies and FAQs: a folder of .md/.html files, or one file
  --store <name>         the store's name (default: the catalog's file name)
  --currency <code>      the catalog's currency for CSV prices (default USD)
  --customer <id>        a customer id your platform authenticated (order lookups)
  --kind <kind>          copy: description | seo | alt | ad | email (default description)
  --language <code>      copy: en | de | fr | es
  --keywords <a,b>       copy: keywords to work in
  --mode <mode>          recommend: similar (default with a product), complementary, trending, shopper
  --cart <a,b>           recommend --mode shopper: products in the cart
  --limit <n>            recommend: how many picks (default 5)
  --include-sold-out     recommend: allow sold-out products
  --product <id>         reviews: which sample-store product (without a file)
  --strict               index: exit 1 when any row was bad
  --report <file.html>   eval: write a self-contained HTML report with charts
  --json                 print the result as JSON on stdout
  -h, --help             this help

Models: OpenAI when OPENAI_API_KEY is set, otherwise the offline models (no key, no network).`;

export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        catalog: { type: "string" },
        knowledge: { type: "string" },
        store: { type: "string" },
        currency: { type: "string" },
        customer: { type: "string" },
        kind: { type: "string" },
        language: { type: "string" },
        keywords: { type: "string" },
        strict: { type: "boolean" },
        mode: { type: "string" },
        cart: { type: "string" },
        limit: { type: "string" },
        "include-sold-out": { type: "boolean" },
        product: { type: "string" },
        report: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw usageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, argument] = positionals;
  const output = createOutput({ json: values.json === true });
  const store = {
    ...(values.catalog === undefined ? {} : { catalog: values.catalog }),
    ...(values.knowledge === undefined ? {} : { knowledge: values.knowledge }),
    ...(values.store === undefined ? {} : { store: values.store }),
    ...(values.currency === undefined ? {} : { currency: values.currency }),
  };
  if (values.help === true || command === undefined || command === "help") {
    process.stdout.write(`${help}\n`);
    return command === undefined && values.help !== true ? 2 : 0;
  }
  switch (command) {
    case "index":
      return indexCommand(argument, { ...store, ...(values.strict === undefined ? {} : { strict: values.strict }) }, output);
    case "ask":
      return askCommand(argument, { ...store, ...(values.customer === undefined ? {} : { customer: values.customer }) }, output);
    case "chat":
      return chatCommand({ ...store, ...(values.customer === undefined ? {} : { customer: values.customer }) }, output);
    case "copy":
      return copyCommand(
        argument,
        {
          ...store,
          ...(values.kind === undefined ? {} : { kind: values.kind }),
          ...(values.language === undefined ? {} : { language: values.language }),
          ...(values.keywords === undefined ? {} : { keywords: values.keywords }),
        },
        output,
      );
    case "recommend":
      return recommendCommand(
        argument,
        {
          ...store,
          ...(values.mode === undefined ? {} : { mode: values.mode }),
          ...(values.cart === undefined ? {} : { cart: values.cart }),
          ...(values.limit === undefined ? {} : { limit: values.limit }),
          inStock: values["include-sold-out"] !== true,
        },
        output,
      );
    case "reviews":
      return reviewsCommand(argument, values.product === undefined ? {} : { product: values.product }, output);
    case "eval":
      return evalCommand(values.report === undefined ? {} : { report: values.report }, output);
    default:
      throw usageError(`Unknown command '${command}'.`);
  }
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`aisle: ${error.message}\n${error.hint === undefined ? "" : `${error.hint}\n`}`);
      process.exitCode = error.exitCode;
    } else if (AisleError.isInstance(error)) {
      process.stderr.write(`aisle: ${error.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`aisle: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 70;
    }
  },
);

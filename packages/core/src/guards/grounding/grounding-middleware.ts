import { z } from "zod";
import { UngroundedResponseError } from "../../errors/ungrounded-response-error";
import type { LanguageModelMiddleware } from "../../middleware/language-model-middleware";
import type { LanguageModelCallOptions, LanguageModelGenerateResult, LanguageModelStreamPart } from "../../spec";
import { parseSettings } from "../../util/parse-settings";
import { createGroundingChecker, type GroundingChecker, type PreparedFacts } from "./grounding-checker";
import type { GroundingSettings } from "./grounding-settings";
import type { GroundingClaim, GroundingFact, GroundingFacts, GroundingReport } from "./grounding-types";
import { completeSentencesEnd, splitSentences } from "./text/sentences";

/**
 * What to do with an answer that states unsupported claims. `flag` keeps it and reports; `remove-claims`
 * drops the sentences that hold them; `refuse` replaces the answer with `refusal`, or fails the call with
 * `UngroundedResponseError` when no refusal text is set.
 */
export type GroundingAction = "flag" | "remove-claims" | "refuse";

export type GroundingCallContext = { type: "generate" | "stream"; params: LanguageModelCallOptions };

export type GroundingMiddlewareSettings = GroundingSettings & {
  action?: GroundingAction;
  /** Facts besides the call's documents (the product on screen, the shop's policies), or a function of the call. */
  facts?: GroundingFacts | ((params: LanguageModelCallOptions) => GroundingFacts | undefined);
  /** Only documents not marked `trusted: false` count as facts (reviews and third-party text are left out). */
  trustedOnly?: boolean;
  /** With `refuse`: the answer given instead of an ungrounded one. */
  refusal?: string;
  /** Called once per call with the full report, grounded or not. */
  onReport?: (report: GroundingReport, context: GroundingCallContext) => void;
  /** Called once per call when some claim is unsupported. */
  onUnsupported?: (report: GroundingReport, context: GroundingCallContext) => void;
  /** A checker to share between middleware instances; built from the other settings when absent. */
  checker?: GroundingChecker;
};

const middlewareSchema = z.object({
  action: z.enum(["flag", "remove-claims", "refuse"]).default("flag"),
  trustedOnly: z.boolean().default(false),
  refusal: z.string().min(1).optional(),
});

/**
 * Checks the model's answer against the call's `documents` (plus any `facts` given here). For generate the
 * report goes to the callbacks and, for each unsupported claim, a `grounding:` line into `warnings`. Streams
 * are checked sentence by sentence: with `flag` text flows through unchanged; with `remove-claims` and
 * `refuse` each sentence is held until it is complete and checked. Calls without facts, and JSON answers,
 * are passed through unchecked.
 */
export function groundingMiddleware(settings: GroundingMiddlewareSettings = {}): LanguageModelMiddleware {
  const { action: givenAction, facts, trustedOnly: givenTrustedOnly, refusal: givenRefusal, onReport, onUnsupported, checker: givenChecker, ...checkerSettings } = settings;
  const { action, trustedOnly, refusal } = parseSettings("grounding middleware", middlewareSchema, {
    action: givenAction,
    trustedOnly: givenTrustedOnly,
    refusal: givenRefusal,
  });
  const checker = givenChecker ?? createGroundingChecker(checkerSettings);

  const factsFor = (params: LanguageModelCallOptions): PreparedFacts | undefined => {
    if (params.responseFormat?.type === "json") return undefined;
    const documents = (params.documents ?? []).filter((document) => !trustedOnly || document.trusted !== false);
    const extra = typeof facts === "function" ? facts(params) : facts;
    const list: GroundingFact[] = [...documents, ...(extra === undefined ? [] : Array.isArray(extra) ? extra : [extra as GroundingFact])];
    return list.length === 0 ? undefined : checker.prepareFacts(list);
  };
  const announce = (report: GroundingReport, context: GroundingCallContext) => {
    onReport?.(report, context);
    if (!report.grounded) onUnsupported?.(report, context);
  };

  return {
    async wrapGenerate({ doGenerate, params }) {
      const result = await doGenerate();
      const prepared = factsFor(params);
      if (prepared === undefined || result.text === "") return result;
      const report = checker.check({ text: result.text, facts: prepared });
      announce(report, { type: "generate", params });
      if (report.grounded) return result;
      const warnings = [...(result.warnings ?? []), ...report.unsupported.map(warningOf)];
      if (action === "flag") return { ...result, warnings };
      if (action === "remove-claims") {
        const kept = removeSentences(result.text, report.unsupported);
        return { ...result, text: kept.trim() === "" && refusal !== undefined ? refusal : kept, warnings };
      }
      if (refusal !== undefined) return { ...result, text: refusal, warnings } satisfies LanguageModelGenerateResult;
      throw new UngroundedResponseError({ report, text: result.text });
    },

    async wrapStream({ doStream, params }) {
      const result = await doStream();
      const prepared = factsFor(params);
      if (prepared === undefined) return result;
      const context: GroundingCallContext = { type: "stream", params };
      const claims: GroundingClaim[] = [];
      let answer = "";
      let checkedUntil = 0;
      let refused = false;
      let announced = false;
      let emitted = false;
      const finish = () => {
        if (announced) return;
        announced = true;
        const unsupported = claims.filter((claim) => !claim.supported);
        announce({ grounded: unsupported.length === 0, claims, unsupported }, context);
      };
      /** Checks answer[checkedUntil, end) sentence by sentence; returns the text to emit. */
      const check = (end: number, controller: TransformStreamDefaultController<LanguageModelStreamPart>): string => {
        let emit = "";
        const chunk = answer.slice(checkedUntil, end);
        for (const sentence of splitSentences(chunk)) {
          const at = checkedUntil + sentence.start;
          const text = chunk.slice(sentence.start, sentence.end);
          const report = checker.check({ text, facts: prepared });
          claims.push(...report.claims.map((claim) => ({ ...claim, start: claim.start + at, end: claim.end + at })));
          if (report.grounded || action === "flag") emit += text;
          else if (action === "refuse") {
            checkedUntil = end;
            refuse(controller, emit);
            return "";
          }
        }
        checkedUntil = end;
        return emit;
      };
      const refuse = (controller: TransformStreamDefaultController<LanguageModelStreamPart>, before: string) => {
        refused = true;
        if (before !== "") controller.enqueue({ type: "text-delta", delta: before });
        const unsupported = claims.filter((claim) => !claim.supported);
        finish();
        if (refusal !== undefined) {
          controller.enqueue({ type: "text-delta", delta: refusal });
          return;
        }
        controller.enqueue({ type: "error", error: new UngroundedResponseError({ report: { grounded: false, claims, unsupported }, text: answer.slice(0, checkedUntil) }) });
        controller.terminate();
      };
      const drain = (controller: TransformStreamDefaultController<LanguageModelStreamPart>, end: number) => {
        if (refused || end <= checkedUntil) return;
        const emit = check(end, controller);
        if (action !== "flag" && emit !== "" && !refused) {
          controller.enqueue({ type: "text-delta", delta: emit });
          emitted = true;
        }
      };
      // "remove-claims" that removed every sentence answers with the refusal text, when there is one.
      const closeAnswer = (controller: TransformStreamDefaultController<LanguageModelStreamPart>) => {
        if (action === "remove-claims" && !emitted && refusal !== undefined && claims.some((claim) => !claim.supported)) {
          controller.enqueue({ type: "text-delta", delta: refusal });
          emitted = true;
        }
      };

      const stream = result.stream.pipeThrough(
        new TransformStream<LanguageModelStreamPart, LanguageModelStreamPart>({
          transform(part, controller) {
            if (part.type === "text-delta") {
              if (refused) return;
              answer += part.delta;
              // With "flag" the reader sees text at once; the check follows at each sentence end.
              if (action === "flag") controller.enqueue(part);
              drain(controller, checkedUntil + completeSentencesEnd(answer.slice(checkedUntil)));
              return;
            }
            // Held text belongs before any later part; the last sentence is complete once another part comes.
            drain(controller, answer.length);
            if (refused && (part.type === "tool-call" || part.type === "source")) return;
            if (part.type === "finish") {
              closeAnswer(controller);
              finish();
            }
            controller.enqueue(part);
          },
          flush(controller) {
            drain(controller, answer.length);
            closeAnswer(controller);
            finish();
          },
        }),
      );
      return { ...result, stream };
    },
  };
}

function warningOf(claim: GroundingClaim): string {
  return `grounding: unsupported ${claim.kind} "${claim.text}" at ${claim.start}-${claim.end}: ${claim.reason}`;
}

/** The text without the sentences that hold unsupported claims. */
export function removeSentences(text: string, unsupported: readonly GroundingClaim[]): string {
  return splitSentences(text)
    .filter((sentence) => !unsupported.some((claim) => claim.start < sentence.end && sentence.start < claim.end))
    .map((sentence) => text.slice(sentence.start, sentence.end))
    .join("");
}

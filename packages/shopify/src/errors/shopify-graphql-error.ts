import { AisleError } from "@aisle/core";

const name = "AisleShopifyGraphqlError";
const marker = `aisle.error.${name}`;
const symbol = Symbol.for(marker);

export type ShopifyGraphqlIssue = { message: string; code?: string; path?: Array<string | number> };

/**
 * The Admin API answered with GraphQL errors (HTTP 200), or a mutation returned `userErrors`. `THROTTLED` is
 * retried by the client before this is thrown; `codes` lists what Shopify said.
 */
export class ShopifyGraphqlError extends AisleError {
  private readonly [symbol] = true;
  readonly issues: ShopifyGraphqlIssue[];
  readonly operation: string | undefined;

  constructor({ message, issues, operation, cause }: { message: string; issues: ShopifyGraphqlIssue[]; operation?: string; cause?: unknown }) {
    super({ name, message, cause });
    this.issues = issues;
    this.operation = operation;
  }

  get codes(): string[] {
    return [...new Set(this.issues.flatMap((issue) => (issue.code === undefined ? [] : [issue.code])))];
  }

  static override isInstance(error: unknown): error is ShopifyGraphqlError {
    return AisleError.hasMarker(error, marker);
  }
}

import { AisleError } from "@aisle/core";

const name = "AisleShopNotInstalledError";
const marker = `aisle.error.${name}`;
const symbol = Symbol.for(marker);

/** No access token for the shop: the app is not installed there (or the session was deleted). */
export class ShopNotInstalledError extends AisleError {
  private readonly [symbol] = true;
  readonly shop: string;

  constructor(shop: string) {
    super({ name, message: `No Admin access token for ${shop}: the app is not installed there` });
    this.shop = shop;
  }

  static override isInstance(error: unknown): error is ShopNotInstalledError {
    return AisleError.hasMarker(error, marker);
  }
}

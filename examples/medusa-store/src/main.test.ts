import { medusaProductToProduct, parseAislePluginOptions } from "@aisle/medusa";
import { describe, expect, it } from "vitest";
import { aisleOptions } from "./aisle-options";
import { main } from "./main";
import { seedProducts } from "./seed-data";

/*
 * Offline smoke test: the store's plugin options are valid, the seed catalog maps to Aisle products the way the
 * plugin will read it through Query, and `main` plans the one-command start. Booting Medusa itself is covered
 * by the plugin's integration tests.
 */
describe("medusa-store example", () => {
  it("plans migrate, seed and start", async () => {
    const plan = await main({ plan: true });
    expect(plan.map((step) => step.name)).toEqual(expect.arrayContaining(["create the database", "migrate", "seed", "start"]));
    expect((await main({ plan: true, skipServer: true })).map((step) => step.name)).not.toContain("start");
  });

  it("has valid plugin options", () => {
    expect(parseAislePluginOptions(aisleOptions)).toMatchObject({ store: { name: "Northwind Home", currency: "USD" }, index: { store: "postgres" } });
  });

  it("seeds products the plugin can index", () => {
    for (const [index, seed] of seedProducts.entries()) {
      const product = medusaProductToProduct(
        {
          id: `prod_${index}`,
          handle: seed.handle,
          title: seed.title,
          description: seed.description,
          status: "published",
          material: seed.material,
          type: { value: seed.type },
          variants: seed.variants.map((variant) => ({
            id: variant.sku,
            sku: variant.sku,
            title: variant.title,
            manage_inventory: true,
            options: [{ value: variant.title, option: { title: "Variant" } }],
            prices: [{ amount: variant.usd, currency_code: "usd" }, { amount: variant.eur, currency_code: "eur" }],
            inventory_items: [{ required_quantity: 1, inventory: { location_levels: [{ stocked_quantity: variant.stock, reserved_quantity: 0 }] } }],
          })),
        },
        { currency: "USD" },
      );
      expect(product?.status).toBe("active");
      expect(product?.variants).toHaveLength(seed.variants.length);
    }
  });
});

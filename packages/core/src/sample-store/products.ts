import type { ProductInput } from "../catalog/product";
import { furnitureProducts } from "./products-furniture";
import { homeProducts } from "./products-home";
import { outdoorProducts } from "./products-outdoor";

/** The whole catalog before validation: furniture, home textiles and kitchen, outdoor gear and apparel. */
export const sampleProductInputs: ProductInput[] = [...furnitureProducts, ...homeProducts, ...outdoorProducts];

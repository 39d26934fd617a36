// llm_guardrail ships JavaScript only; these are the parts the benchmark calls.
declare module "llm_guardrail" {
  export type GuardrailCheck = { allowed: boolean; detected: boolean; prediction: number; confidence: number };
  export function checkInjection(prompt: string): Promise<GuardrailCheck>;
  export function checkJailbreak(prompt: string): Promise<GuardrailCheck>;
}

import { InvalidArgumentError } from "../errors/invalid-argument-error";
import type { Message } from "../spec";

export type Prompt = {
  /** Instructions placed first, as a system message. */
  system?: string;
  /** A single user turn. Use `messages` for a conversation. */
  prompt?: string;
  messages?: Message[];
};

export function standardizePrompt({ system, prompt, messages }: Prompt): Message[] {
  if (prompt === undefined && messages === undefined) {
    throw new InvalidArgumentError({ argument: "prompt", message: "pass either `prompt` or `messages`." });
  }
  if (prompt !== undefined && messages !== undefined) {
    throw new InvalidArgumentError({ argument: "prompt", message: "pass `prompt` or `messages`, not both." });
  }
  if (messages !== undefined && messages.length === 0) {
    throw new InvalidArgumentError({ argument: "messages", message: "the conversation has no messages." });
  }
  const conversation: Message[] = messages ?? [{ role: "user", content: prompt as string }];
  return system === undefined ? conversation : [{ role: "system", content: system }, ...conversation];
}

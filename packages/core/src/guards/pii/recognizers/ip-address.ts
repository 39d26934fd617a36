import type { PiiSpan } from "../pii-types";
import { span, type Recognizer } from "./recognizer";

const octet = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const ipv4Pattern = new RegExp(`(?<![\\p{N}.])${octet}(?:\\.${octet}){3}(?![\\p{N}]|\\.\\d)`, "gu");
const ipv6CandidatePattern = /(?<![\p{L}\p{N}:])[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*(?![\p{L}\p{N}:])/gu;

export function isIpv4(value: string): boolean {
  return new RegExp(`^${octet}(?:\\.${octet}){3}$`).test(value);
}

/** RFC 4291 text forms: eight groups, or fewer with one `::`, optionally ending in an IPv4 address. */
export function isIpv6(value: string): boolean {
  let address = value;
  let groupsForIpv4 = 0;
  const lastColon = address.lastIndexOf(":");
  if (address.slice(lastColon + 1).includes(".")) {
    if (!isIpv4(address.slice(lastColon + 1))) return false;
    address = `${address.slice(0, lastColon + 1)}0`;
    groupsForIpv4 = 1;
  }
  const halves = address.split("::");
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half === "" ? [] : half.split(":")));
  if (!groups.every((group) => /^[0-9A-Fa-f]{1,4}$/.test(group))) return false;
  const count = groups.length + groupsForIpv4;
  return halves.length === 2 ? count <= 7 : count === 8;
}

export const ipAddressRecognizer: Recognizer = {
  name: "ip-address",
  entities: ["IP_ADDRESS"],
  recognize({ text }) {
    const spans: PiiSpan[] = [];
    if (text.includes(".")) {
      for (const match of text.matchAll(ipv4Pattern)) {
        spans.push(span("IP_ADDRESS", text, match.index, match.index + match[0].length, 0.9));
      }
    }
    if (text.includes(":")) {
      for (const match of text.matchAll(ipv6CandidatePattern)) {
        const value = match[0].replace(/[.:]+$/, (tail) => (tail.startsWith("::") ? tail.slice(0, 2) : ""));
        if (value.length >= 3 && isIpv6(value)) spans.push(span("IP_ADDRESS", text, match.index, match.index + value.length, 0.9));
      }
    }
    return spans;
  },
};

/**
 * Command-line flags of the benchmarks: `--name value`, `--name=value`, or a bare `--name` (true). The `--`
 * that pnpm passes through is ignored.
 */
export function readFlags(argv: readonly string[]): Map<string, string> {
  const values = new Map<string, string>();
  const parts = argv.filter((part) => part !== "--");
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as string;
    if (!part.startsWith("--")) continue;
    const [key, inline] = part.slice(2).split("=", 2) as [string, string | undefined];
    const next = parts[index + 1];
    if (inline !== undefined) values.set(key, inline);
    else if (next !== undefined && !next.startsWith("--")) values.set(key, (index++, next));
    else values.set(key, "true");
  }
  return values;
}

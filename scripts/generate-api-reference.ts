/**
 * Generates docs/reference/api/<package>.md from the packages' public entry points with the TypeScript
 * compiler: every exported name with its kind, its signature and its doc comment, grouped by the module that
 * declares it. `--check` fails when a committed page is out of date (CI runs it).
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import ts from "typescript";

const root = new URL("..", import.meta.url).pathname;
const check = process.argv.includes("--check");
const entries = [
  { name: "@aisle/core", entry: "packages/core/src/index.ts", page: "core.md" },
  { name: "@aisle/core/test", entry: "packages/core/src/test/index.ts", page: "core-test.md" },
];

function kindOf(declaration: ts.Declaration): string {
  if (ts.isFunctionDeclaration(declaration)) return "function";
  if (ts.isClassDeclaration(declaration)) return "class";
  if (ts.isInterfaceDeclaration(declaration) || ts.isTypeAliasDeclaration(declaration)) return "type";
  if (ts.isVariableDeclaration(declaration)) return "const";
  if (ts.isEnumDeclaration(declaration)) return "enum";
  return "export";
}

function summary(symbol: ts.Symbol, checker: ts.TypeChecker): string {
  return ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
}

function signature(symbol: ts.Symbol, declaration: ts.Declaration, checker: ts.TypeChecker): string {
  const kind = kindOf(declaration);
  const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType;
  if (kind === "function") {
    const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
    return type
      .getCallSignatures()
      .map((call) => `${symbol.name}${checker.signatureToString(call, declaration, flags)}`)
      .join("\n");
  }
  if (kind === "class") return `class ${symbol.name}`;
  if (kind === "type") {
    const text = declaration.getText();
    // Long object types are summarised by their first lines; the source link has the rest.
    const lines = text.split("\n");
    return lines.length > 14 ? `${lines.slice(0, 12).join("\n")}\n  // ... ${lines.length - 12} more lines` : text;
  }
  if (kind === "const") {
    const type = checker.typeToString(checker.getTypeOfSymbolAtLocation(symbol, declaration), declaration, flags);
    return `const ${symbol.name}: ${type.length > 300 ? `${type.slice(0, 297)}...` : type}`;
  }
  return symbol.name;
}

const program = ts.createProgram(
  entries.map((entry) => join(root, entry.entry)),
  { strict: true, target: ts.ScriptTarget.ES2023, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true, noEmit: true },
);
const checker = program.getTypeChecker();
let stale = 0;
for (const entry of entries) {
  const source = program.getSourceFile(join(root, entry.entry));
  if (source === undefined) throw new Error(`cannot read ${entry.entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error(`${entry.entry} has no exports`);
  const byModule = new Map<string, string[]>();
  for (const exported of checker.getExportsOfModule(moduleSymbol).sort((left, right) => left.name.localeCompare(right.name))) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    if (declaration === undefined) continue;
    const file = relative(root, declaration.getSourceFile().fileName);
    if (file.includes("node_modules")) continue;
    const module = relative(join(root, dirname(entry.entry)), dirname(join(root, file))) || ".";
    const doc = summary(symbol, checker);
    const block = [
      // Files, not lines: a page that changes only when the API does.
      `### \`${exported.name}\` <sub>${kindOf(declaration)} · [${file}](../../../${file})</sub>`,
      "",
      ...(doc === "" ? [] : [doc, ""]),
      "```ts skip-check",
      signature(symbol, declaration, checker),
      "```",
      "",
    ].join("\n");
    byModule.set(module, [...(byModule.get(module) ?? []), block]);
  }
  const count = [...byModule.values()].reduce((total, blocks) => total + blocks.length, 0);
  const page = [
    `# ${entry.name} API reference`,
    "",
    `Generated from \`${entry.entry}\` by \`pnpm docs:api\`; do not edit by hand. ${count} exports, grouped by the module that declares them.`,
    "",
    ...[...byModule]
      .sort(([left], [right]) => left.localeCompare(right))
      .flatMap(([module, blocks]) => [`## ${module === "." ? "(entry)" : module}`, "", ...blocks]),
  ].join("\n");
  const path = join(root, "docs", "reference", "api", entry.page);
  let current = "";
  try {
    current = readFileSync(path, "utf8");
  } catch {
    current = "";
  }
  if (check) {
    if (current !== page) {
      stale++;
      console.error(`${relative(root, path)} is out of date: run \`pnpm docs:api\`.`);
    }
  } else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, page);
    console.log(`${relative(root, path)}: ${count} exports`);
  }
}
if (stale > 0) process.exitCode = 1;

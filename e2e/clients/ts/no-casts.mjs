// Fails when a TypeScript file escapes the generated types: `x as T`, `<T>x`, `x!`, `any`,
// or a `@ts-ignore` / `@ts-expect-error` / `@ts-nocheck` comment.
//
//   node no-casts.mjs check.ts
//
// Uses the TypeScript compiler's parser (the pinned `typescript` package), not a regular
// expression, so `import { a as b }` and strings are not mistaken for casts.
import { readFileSync } from "node:fs";
import ts from "typescript";

const file = process.argv[2];
if (!file) {
  console.error("usage: node no-casts.mjs FILE.ts");
  process.exit(2);
}
const text = readFileSync(file, "utf8");
const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
const found = [];

function report(node, what) {
  const { line } = source.getLineAndCharacterOfPosition(node.getStart());
  found.push(`line ${line + 1}: ${what} (${node.getText().slice(0, 60)})`);
}

function visit(node) {
  if (ts.isAsExpression(node)) report(node, "`as` cast");
  else if (ts.isTypeAssertionExpression(node)) report(node, "`<T>` cast");
  else if (ts.isNonNullExpression(node)) report(node, "`!` non-null assertion");
  else if (node.kind === ts.SyntaxKind.AnyKeyword) report(node, "`any`");
  ts.forEachChild(node, visit);
}
visit(source);
for (const match of text.matchAll(/@ts-(ignore|expect-error|nocheck)/g)) {
  const { line } = source.getLineAndCharacterOfPosition(match.index);
  found.push(`line ${line + 1}: @ts-${match[1]}`);
}

if (found.length > 0) {
  console.log(`FAIL: ${file}:\n  ${found.join("\n  ")}`);
  process.exit(1);
}
console.log(`${file}: no as, <T>, !, any or @ts- comments`);

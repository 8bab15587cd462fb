/**
 * No circle of imports between the files of src/: a circle means two modules that cannot be
 * understood (or moved) one without the other. Type-only imports count too: they tie the files
 * just the same for the reader.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "../src");
const extensions = [".ts", ".tsx"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return extensions.some((e) => name.endsWith(e)) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = resolve(dirname(from), specifier);
  const candidates = [
    base,
    ...extensions.map((e) => base + e),
    ...extensions.map((e) => join(base, `index${e}`)),
  ];
  return (
    candidates.find((c) => existsSync(c) && statSync(c).isFile() && extensions.some((e) => c.endsWith(e))) ??
    null
  );
}

function importGraph(files: string[]): Map<string, string[]> {
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
      const targets = importedFiles.map((i) => resolveImport(file, i.fileName)).filter((t) => t !== null);
      return [file, [...new Set(targets)]];
    }),
  );
}

/** Each circle once, as the path that closes it (Tarjan would give components; a path is what a reader needs). */
function circles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open") found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe("imports", () => {
  it("finds a circle when there is one (the check can fail)", () => {
    const graph = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ]);
    expect(circles(graph)).toEqual([["a", "b", "c", "a"]]);
  });

  it("no circle ties the files of src/ together", () => {
    const graph = importGraph(sourceFiles(root));
    const named = circles(graph).map((c) => c.map((f) => relative(root, f)).join(" → "));
    expect(named).toEqual([]);
  });
});

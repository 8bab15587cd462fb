/**
 * Acceptance: every text exists in English, French and Spanish, and every code a user may read
 * on a failure (domain/errorCodes.ts) has its text in the three languages.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ERROR_MESSAGE_KEYS } from "../../domain/errorCodes";
import { resources } from "./resources";

const LANGUAGES = ["en", "fr", "es"] as const;
const SRC = fileURLToPath(new URL("../../", import.meta.url));

type Tree = { [key: string]: string | Tree };

/** Every leaf's dotted key. */
function keysOf(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function textAt(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return typeof node === "string" ? node : undefined;
}

/** The .ts files (not tests, not seed data) of a folder of src, recursively. */
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(SRC, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.includes(`${path.sep}seed${path.sep}`));
}

/** Codes written as `code: "…"` (also as a zod issue's params); reference-data codes are upper case. */
function codesWrittenIn(files: string[]): Set<string> {
  const codes = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(file, "utf8").matchAll(/\bcode: "([a-z][A-Za-z_]*)"/g)) {
      if (match[1]) codes.add(match[1]);
    }
  }
  return codes;
}

const PLURAL_FORM = /_(zero|one|two|few|many|other)$/;

const translations = (language: (typeof LANGUAGES)[number]) => resources[language].translation as Tree;

describe("the locale files", () => {
  it.each(["fr", "es"] as const)("%s has every English text, and no text English lacks", (language) => {
    // Plural forms differ by language (French and Spanish have a "many"): compare the words, not the forms.
    const words = (keys: string[]) => [...new Set(keys.map((key) => key.replace(PLURAL_FORM, "")))].sort();
    const english = words(keysOf(translations("en")));
    const other = words(keysOf(translations(language)));
    expect(english.filter((key) => !other.includes(key))).toEqual([]);
    expect(other.filter((key) => !english.includes(key))).toEqual([]);
  });

  it.each(LANGUAGES)("every error code has a text in %s", (language) => {
    const missing = Object.entries(ERROR_MESSAGE_KEYS)
      .filter(([, key]) => !textAt(translations(language), key)?.trim())
      .map(([code, key]) => `${code} (${key})`);
    expect(missing).toEqual([]);
  });

  it("every error code written in src/domain and src/server is in the registry", () => {
    const written = codesWrittenIn([...sourceFiles("domain"), ...sourceFiles("server")]);
    expect(written.size).toBeGreaterThan(50);
    expect([...written].filter((code) => !Object.hasOwn(ERROR_MESSAGE_KEYS, code)).sort()).toEqual([]);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The web app's files that debounce typing into a search (the search-as-you-type boxes). */
function debouncingFiles(): string[] {
  return readdirSync(WEB, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".tsx"))
    .filter((file) => /useDebouncedCallback\(/.test(readFileSync(path.join(WEB, file), "utf8")))
    .map((file) => file.split(path.sep).join("/"));
}

describe("one search-as-you-type box", () => {
  it("is written once: no page debounces its own search input", () => {
    expect(debouncingFiles()).toEqual(["components/DebouncedSearchField.tsx"]);
  });
});

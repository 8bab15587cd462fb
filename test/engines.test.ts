/**
 * Every package the lock file installs runs on the oldest Node.js that package.json's `engines`
 * promises, so `npm install` on that Node gives no EBADENGINE warning (cookie@2 once asked for 22).
 */
import { readFileSync } from "node:fs";
import semver from "semver";
import { expect, it } from "vitest";

const read = (file: string) => JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), "utf8"));

it("every locked package accepts the oldest Node.js the README and engines promise", () => {
  const promised = read("package.json").engines.node as string;
  const oldest = semver.minVersion(promised)?.version;
  expect(oldest).toBe("20.19.0");
  const packages = read("package-lock.json").packages as Record<string, { engines?: unknown }>;
  const refusing = Object.entries(packages)
    .map(([where, entry]) => {
      const engines = entry.engines;
      const node = engines && typeof engines === "object" ? (engines as { node?: string }).node : undefined;
      return { where, node };
    })
    .filter(({ node }) => node && !semver.satisfies(oldest ?? "", node))
    .map(({ where, node }) => `${where} needs node ${node}`);
  expect(refusing).toEqual([]);
});

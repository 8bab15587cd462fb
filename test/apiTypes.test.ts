/**
 * The web app's API types are the server's schemas: regenerated from the OpenAPI document, they
 * must equal the committed file (then `tsc` checks the web app against the server as it is).
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { API_TYPES_FILE, generateApiTypes } from "../src/server/apiTypes";

describe("web API types", () => {
  it("are generated from the server as it is (else run npm run api:types)", async () => {
    const committed = await readFile(API_TYPES_FILE, "utf8");
    expect(
      committed === (await generateApiTypes()),
      `${API_TYPES_FILE} is stale: run npm run api:types`,
    ).toBe(true);
  });
});

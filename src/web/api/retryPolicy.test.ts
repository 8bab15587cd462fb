import { describe, expect, it } from "vitest";
import { ApiError } from "./client";
import { retryDelay, shouldRetryQuery, shouldRetrySave } from "./retryPolicy";

const overloaded = new ApiError(503, { error: "overloaded", message: "busy" });
const databaseUnavailable = new ApiError(503, { error: "databaseUnavailable", message: "down" });
const notAllowed = new ApiError(403, { error: "forbidden", message: "no" });
const serverError = new ApiError(500, { error: "internal", message: "oops" });

describe("when the web app asks again by itself", () => {
  it("asks again for data the server refused as overloaded, a few times, then shows the error", () => {
    expect([0, 1, 2, 3].map((failures) => shouldRetryQuery(failures, overloaded))).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it("sends a save refused as overloaded again (the server did nothing with it), twice at most", () => {
    expect([0, 1, 2].map((failures) => shouldRetrySave(failures, overloaded))).toEqual([true, true, false]);
  });

  it("never sends again a save refused for any other reason", () => {
    for (const error of [databaseUnavailable, notAllowed, serverError, new TypeError("network")]) {
      expect(shouldRetrySave(0, error)).toBe(false);
    }
  });

  it("keeps waiting for a database that went away, and gives up at once on a client error", () => {
    expect(shouldRetryQuery(50, databaseUnavailable)).toBe(true);
    expect(shouldRetryQuery(0, notAllowed)).toBe(false);
    expect(shouldRetryQuery(1, serverError)).toBe(true);
    expect(shouldRetryQuery(2, serverError)).toBe(false);
  });

  it("comes back after about the server's Retry-After, doubling, spread so browsers do not return together", () => {
    expect(retryDelay(0, overloaded, () => 0.5)).toBe(2_000);
    expect(retryDelay(1, overloaded, () => 0.5)).toBe(4_000);
    expect(retryDelay(0, overloaded, () => 0)).toBe(1_000);
    expect(retryDelay(0, overloaded, () => 0.999)).toBe(2_998);
    expect(retryDelay(0, databaseUnavailable)).toBe(3_000);
  });
});

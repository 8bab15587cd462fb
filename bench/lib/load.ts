/**
 * Load and timing: autocannon against the running server (each request takes the next path of a
 * deterministic list, so the server sees varied queries rather than one cached answer), every
 * response time recorded for exact percentiles; and plain sequential timings for comparisons.
 */
import autocannon from "autocannon";

export interface LoadResult {
  requests: number;
  errors: number;
  non2xx: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export function summarize(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? Number.NaN),
  };
}

export function load(options: {
  url: string;
  cookie: string;
  paths: readonly string[];
  connections?: number;
  durationSeconds: number;
}): Promise<LoadResult> {
  let next = 0;
  const times: number[] = [];
  let non2xx = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections ?? 10,
        duration: options.durationSeconds,
        headers: { cookie: options.cookie, accept: "application/json" },
        requests: [
          {
            method: "GET",
            setupRequest: (request) => {
              const path = options.paths[next++ % options.paths.length] as string;
              return { ...request, path };
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        const stats = summarize(times);
        resolve({
          requests: times.length,
          errors: result.errors + result.timeouts,
          non2xx,
          reqPerSec: Math.round((times.length / result.duration) * 10) / 10,
          ...stats,
        });
      },
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      times.push(responseTime);
      if (statusCode < 200 || statusCode >= 300) non2xx++;
    });
  });
}

/** Times `run` once per item, one after the other, after `warmup` untimed runs; in ms. */
export async function sequential<T>(items: readonly T[], run: (item: T) => Promise<unknown>, warmup = 2) {
  for (let i = 0; i < warmup; i++) await run(items[i % items.length] as T);
  const times: number[] = [];
  for (const item of items) {
    const started = performance.now();
    await run(item);
    times.push(performance.now() - started);
  }
  return summarize(times);
}

/** Like sequential, with an untimed `before` step ahead of each timed run. */
export async function sequentialAfter<T>(
  items: readonly T[],
  before: () => Promise<unknown>,
  run: (item: T) => Promise<unknown>,
) {
  const times: number[] = [];
  for (const item of items) {
    await before();
    const started = performance.now();
    await run(item);
    times.push(performance.now() - started);
  }
  return summarize(times);
}

/** GET with the session; fails loudly on an error status, so a broken endpoint is not "fast". */
export async function getOk(url: string, cookie: string): Promise<Response> {
  let response = await fetch(url, { headers: { cookie, accept: "application/json" } });
  // A server still working off the previous run's queue says so (503, Retry-After): ask again once
  // it has, as the web app does; this request is not timed.
  for (let attempt = 0; response.status === 503 && attempt < 10; attempt++) {
    await response.arrayBuffer();
    await new Promise((resolve) =>
      setTimeout(resolve, Number(response.headers.get("retry-after") ?? 1) * 1000),
    );
    response = await fetch(url, { headers: { cookie, accept: "application/json" } });
  }
  if (!response.ok) {
    throw new Error(`GET ${url} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  }
  return response;
}

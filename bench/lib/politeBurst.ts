/**
 * A burst of users who behave like PRIMA's web app: each asks, waits for the answer, and when
 * refused as overloaded (503) waits about what Retry-After says (spread ±50 %, as
 * src/web/api/retryPolicy.ts does) before asking again. autocannon's connections instead ask
 * again at once, which measures a retry storm rather than a crowd of users.
 */
import { Agent, request } from "node:http";

export interface Answer {
  status: number;
  ms: number;
}

function get(agent: Agent, url: URL, path: string, cookie: string, timeoutMs: number) {
  return new Promise<{ status: number; retryAfter: number | null }>((resolve) => {
    const req = request(
      { agent, host: url.hostname, port: url.port, path, headers: { cookie, accept: "application/json" } },
      (res) => {
        res.resume();
        res.on("end", () => {
          const header = res.headers["retry-after"];
          resolve({ status: res.statusCode ?? 0, retryAfter: header ? Number(header) : null });
        });
        res.on("error", () => resolve({ status: 0, retryAfter: null }));
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error("timeout")));
    req.on("error", () => resolve({ status: 0, retryAfter: null }));
    req.end();
  });
}

/** `users` users for `durationSeconds`; every answer with its status and time. */
export async function politeBurst(options: {
  url: string;
  cookie: string;
  paths: readonly string[];
  users: number;
  durationSeconds: number;
  onAnswer(answer: Answer): void;
}): Promise<{ seconds: number }> {
  const url = new URL(options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.users });
  const started = performance.now();
  const end = started + options.durationSeconds * 1000;
  let next = 0;
  const user = async () => {
    while (performance.now() < end) {
      const path = options.paths[next++ % options.paths.length] as string;
      const sent = performance.now();
      const { status, retryAfter } = await get(agent, url, path, options.cookie, 60_000);
      options.onAnswer({ status, ms: performance.now() - sent });
      if (status === 503) {
        const wait = Math.min((retryAfter ?? 2) * 1000 * (0.5 + Math.random()), end - performance.now());
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  };
  await Promise.all(Array.from({ length: options.users }, user));
  agent.destroy();
  return { seconds: (performance.now() - started) / 1000 };
}

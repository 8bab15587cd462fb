/**
 * A burst: many connections at once (autocannon), each asking again as soon as it has its
 * answer, while a probe asks /api/health four times a second as a load balancer would. Answers
 * are split into accepted (2xx), refused as overloaded (503) and anything else, each with its
 * own response times, so that "accepted requests stay fast" and "the rest are refused quickly"
 * can be read apart.
 */
import autocannon from "autocannon";
import { summarize } from "./load";
import { type Answer, politeBurst } from "./politeBurst";

export interface BurstResult {
  seconds: number;
  accepted: number;
  refused: number;
  /** Other statuses, socket errors and client timeouts. */
  failed: number;
  acceptedPerSec: number;
  accepted_ms: ReturnType<typeof summarize>;
  refused_ms: ReturnType<typeof summarize>;
  /** Refused as a share of all answers, in per cent. */
  refusedShare: number;
  health: { probes: number; ok: number; ms: ReturnType<typeof summarize> };
}

const PROBE_EVERY_MS = 250;
const PROBE_TIMEOUT_MS = 10_000;

function probeHealth(url: string) {
  const times: number[] = [];
  let ok = 0;
  let stopped = false;
  const done = (async () => {
    while (!stopped) {
      const started = performance.now();
      try {
        const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
        await response.arrayBuffer();
        if (response.ok) ok++;
      } catch {
        // Counted as a probe that did not get 200.
      }
      times.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await done;
      return { probes: times.length, ok, ms: summarize(times) };
    },
  };
}

/** How the burst's clients behave on a 503: ask again at once (autocannon), or as PRIMA's web app does. */
export type BurstClients = "autocannon" | "polite";

function autocannonBurst(options: {
  url: string;
  cookie: string;
  paths: readonly string[];
  connections: number;
  durationSeconds: number;
  onAnswer(answer: Answer): void;
}): Promise<{ seconds: number; failed: number }> {
  let next = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.durationSeconds,
        // Long enough to see how slow an answer gets rather than cut it off.
        timeout: 60,
        headers: { cookie: options.cookie, accept: "application/json" },
        requests: [
          {
            method: "GET",
            setupRequest: (request) => ({
              ...request,
              path: options.paths[next++ % options.paths.length] as string,
            }),
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({ seconds: result.duration, failed: result.errors + result.timeouts });
      },
    );
    instance.on("response", (_client, status, _bytes, ms) => options.onAnswer({ status, ms }));
  });
}

export async function burst(options: {
  url: string;
  cookie: string;
  paths: readonly string[];
  connections: number;
  durationSeconds: number;
  clients: BurstClients;
}): Promise<BurstResult> {
  const accepted: number[] = [];
  const refused: number[] = [];
  let failed = 0;
  const onAnswer = ({ status, ms }: Answer) => {
    if (status >= 200 && status < 300) accepted.push(ms);
    else if (status === 503) refused.push(ms);
    else failed++;
  };
  const probe = probeHealth(options.url);
  const running =
    options.clients === "autocannon"
      ? autocannonBurst({ ...options, onAnswer })
      : politeBurst({ ...options, users: options.connections, onAnswer }).then((r) => ({ ...r, failed: 0 }));
  const outcome = await running.catch(async (error) => {
    await probe.stop();
    throw error;
  });
  const health = await probe.stop();
  const seconds = outcome.seconds;
  failed += outcome.failed;
  const answers = accepted.length + refused.length + failed;
  return {
    seconds,
    accepted: accepted.length,
    refused: refused.length,
    failed,
    acceptedPerSec: Math.round((accepted.length / seconds) * 10) / 10,
    accepted_ms: summarize(accepted),
    refused_ms: summarize(refused),
    refusedShare: answers === 0 ? 0 : Math.round((refused.length / answers) * 1000) / 10,
    health,
  };
}

/**
 * Webhooks across a crash, with real processes on a fresh PostgreSQL database: two project steps
 * queue two deliveries; the receiver on loopback stalls its first answer, and `prima serve` is
 * killed with SIGKILL while it waits. Started again (its clock past the claim window), it sends
 * what was left. The receiver checks every signature and, after dropping copies by delivery id,
 * has seen each event exactly once: none lost.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { projectInput } from "../test/factories";
import { startWebhookReceiver, type WebhookReceiver } from "../test/webhookReceiver";
import { type RunningServer, runPrima, startPrima, tempDataDir } from "./server";

const adminUrl = inject("postgresAdminUrl");
const PASSWORD = "a long enough password for e2e";
const T0 = "2026-06-01T08:00:00Z";
/** Five minutes on: any claim of the killed server (a minute) has expired. */
const T1 = "2026-06-01T08:05:00Z";

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl ?? "" });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Signs in over HTTP; the answer's cookie and CSRF token make the headers of later calls. */
async function signIn(baseUrl: string, email: string) {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(response.status).toBe(200);
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return async (method: string, path: string, body?: object) => {
    const answer = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await answer.text();
    return { status: answer.status, json: text ? JSON.parse(text) : null, text };
  };
}

async function waitFor(what: string, condition: () => boolean | Promise<boolean>, ms = 120_000) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!adminUrl)("webhooks across a server crash", () => {
  const name = `prima_e2e_${randomBytes(4).toString("hex")}`;
  let receiver: WebhookReceiver | null = null;
  const servers: RunningServer[] = [];

  afterAll(async () => {
    for (const server of servers) await server.kill();
    await receiver?.close();
    await adminQuery(`drop database if exists ${name} with (force)`);
  });

  it("a delivery under way when the server is killed arrives after the restart; each event is seen once after dropping copies", async () => {
    await adminQuery(`create database ${name}`);
    const url = new URL(adminUrl ?? "");
    url.pathname = `/${name}`;
    const env = { DATABASE_URL: url.toString(), DATA_DIR: tempDataDir(), PRIMA_DEMO: "false" };
    expect((await runPrima(["migrate"], env)).output).toContain("Migrations applied");
    for (const [email, role] of [
      ["admin@e2e.example.org", "admin"],
      ["pm@e2e.example.org", "pm"],
    ]) {
      const made = await runPrima(
        ["create-user", "--email", email as string, "--role", role as string, "--name", `E2E ${role}`],
        { ...env, PRIMA_PASSWORD: PASSWORD },
      );
      expect(made.code, made.output).toBe(0);
    }

    const hooks = await startWebhookReceiver();
    receiver = hooks;
    // The very first request is never answered: the server is killed while it waits.
    let first = true;
    hooks.answer = () => {
      if (!first) return 200;
      first = false;
      return "stall";
    };

    const before = await startPrima({ ...env, PRIMA_CLOCK: T0 });
    servers.push(before);
    const admin = await signIn(before.url, "admin@e2e.example.org");
    const created = await admin("POST", "/api/admin/webhooks", {
      url: hooks.url,
      events: ["projectStep"],
      active: true,
    });
    expect(created.status, created.text).toBe(201);
    hooks.secret = created.json.secret;

    const pm = await signIn(before.url, "pm@e2e.example.org");
    const stepped: string[] = [];
    for (const title of ["Labour migration data in Ghana", "Migrant health in Senegal"]) {
      const project = await pm("POST", "/api/projects", projectInput({ title }));
      expect(project.status, project.text).toBe(201);
      const submitted = await pm("POST", `/api/projects/${project.json.id}/transitions`, {
        transition: "submit",
        version: project.json.version,
      });
      expect(submitted.status, submitted.text).toBe(200);
      stepped.push(project.json.id);
    }
    await waitFor("the first delivery to reach the receiver", () => hooks.received.length >= 1);
    await before.kill();
    expect(before.exited()).toBe("SIGKILL");
    const beforeRestart = hooks.received.length;

    const after = await startPrima({ ...env, PRIMA_CLOCK: T1 });
    servers.push(after);
    const adminAfter = await signIn(after.url, "admin@e2e.example.org");
    await waitFor("both deliveries to be marked delivered", async () => {
      const log = await adminAfter("GET", "/api/admin/webhook-deliveries");
      return (
        log.json.total === 2 && log.json.items.every((d: { status: string }) => d.status === "delivered")
      );
    });

    expect(beforeRestart).toBe(1);
    expect(hooks.received.every((r) => r.signatureValid)).toBe(true);
    const byId = new Map(hooks.received.map((r) => [r.deliveryId, r]));
    expect(byId.size).toBe(2);
    // After dropping copies by delivery id: each step once, none lost.
    expect([...byId.values()].map((r) => (r.body.project as { id: string }).id).sort()).toEqual(
      [...stepped].sort(),
    );
    // The stalled one came again with the same id and the same body, signed afresh.
    const stalled = hooks.received[0];
    const copies = hooks.received.filter((r) => r.deliveryId === stalled?.deliveryId);
    expect(copies).toHaveLength(2);
    expect(copies[1]?.raw).toBe(copies[0]?.raw);
    expect(hooks.received).toHaveLength(3);
    await after.stop();
  });
});

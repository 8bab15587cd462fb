/**
 * Who may manage webhooks and their delivery log, as a full matrix of roles × routes with the
 * expected answer written out: 401 for an anonymous caller, 403 for every role but the
 * administrator, and for the administrator the answer of a valid request. Each attempt gets its
 * own webhook and failed delivery (set-up only), so the order of the attempts does not matter.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, type Session, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { ROLES, type Role } from "../../domain/roles";
import { domainEvents, webhookDeliveries, webhooks } from "../db/schema";

type Caller = Role | "anonymous";
const CALLERS: Caller[] = [...ROLES, "anonymous"];

const ACTIONS = ["list", "create", "update", "delete", "listDeliveries", "retryDelivery"] as const;
type Action = (typeof ACTIONS)[number];

const ONLY_ADMIN = (adminAnswer: number): Record<Caller, number> => ({
  pm: 403,
  reviewer: 403,
  fund_manager: 403,
  viewer: 403,
  admin: adminAnswer,
  anonymous: 401,
});

const EXPECTED: Record<Action, Record<Caller, number>> = {
  list: ONLY_ADMIN(200),
  create: ONLY_ADMIN(201),
  update: ONLY_ADMIN(200),
  delete: ONLY_ADMIN(204),
  listDeliveries: ONLY_ADMIN(200),
  retryDelivery: ONLY_ADMIN(200),
};

describe.each(databaseKinds())("webhooks authorization on %s", (kind) => {
  let test: TestApp;
  const sessions = new Map<Caller, Session>();
  let eventId = 0;

  beforeAll(async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    for (const role of ROLES) {
      sessions.set(role, await signIn(test, await buildUser(db, role, role === "reviewer" ? "WCA" : null)));
    }
    await createProjectAs(test, sessions.get("pm") as Session);
    const [event] = await db.select({ id: domainEvents.id }).from(domainEvents).limit(1);
    eventId = event?.id ?? 0;
  });
  afterAll(() => test.close());

  /** A webhook with one failed delivery, written straight into the tables. */
  async function fixture() {
    const db = test.database.db;
    const now = test.clock.now;
    const [hook] = await db
      .insert(webhooks)
      .values({
        url: "http://127.0.0.1:9/",
        events: ["projectStep"],
        secret: "whsec_test",
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!hook) throw new Error("no webhook");
    const [delivery] = await db
      .insert(webhookDeliveries)
      .values({
        webhookId: hook.id,
        eventId,
        event: "projectStep",
        body: "{}",
        status: "failed",
        attempts: 8,
        createdAt: now,
        nextAttemptAt: now,
      })
      .returning();
    if (!delivery) throw new Error("no delivery");
    return { hookId: hook.id, deliveryId: delivery.id };
  }

  const requests = (ids: { hookId: string; deliveryId: string }) =>
    ({
      list: { method: "GET", url: "/api/admin/webhooks" },
      create: {
        method: "POST",
        url: "/api/admin/webhooks",
        payload: { url: "https://receiver.example.org/", events: ["reportDecided"], active: true },
      },
      update: {
        method: "PUT",
        url: `/api/admin/webhooks/${ids.hookId}`,
        payload: { url: "https://receiver.example.org/", events: ["projectStep"], active: false, version: 1 },
      },
      delete: { method: "DELETE", url: `/api/admin/webhooks/${ids.hookId}` },
      listDeliveries: { method: "GET", url: "/api/admin/webhook-deliveries?status=failed" },
      retryDelivery: { method: "POST", url: `/api/admin/webhook-deliveries/${ids.deliveryId}/retry` },
    }) as const;

  const cases = ACTIONS.flatMap((action) =>
    CALLERS.map((caller) => [action, caller, EXPECTED[action][caller]] as const),
  );
  it.each(cases)("%s by %s answers %i", async (action, caller, expected) => {
    const ids = await fixture();
    const request = requests(ids)[action];
    const response = await test.app.inject({
      ...request,
      headers: sessions.get(caller)?.headers ?? {},
    });
    expect(response.statusCode, response.body).toBe(expected);
    if (expected !== 204 && expected < 300) return;
    // A refused request changed nothing.
    const [hook] = await test.database.db.select().from(webhooks).where(eq(webhooks.id, ids.hookId));
    if (expected !== 204) expect(hook).toMatchObject({ version: 1, active: true });
  });
});

/**
 * "Set your password" links over HTTP, with a real SMTP server: a forgotten password and an
 * invitation, each link once and only while it lasts, and nothing revealed about who has an account.
 */
import { desc, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { buildUser, type Session, signIn, TEST_PASSWORD } from "../../../test/factories";
import { startSmtp, type TestSmtp } from "../../../test/smtp";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import { mailOutbox, users } from "../db/schema";

const PUBLIC_URL = "https://prima.example.org";

describe.each(databaseKinds())("set-password links on %s", (kind) => {
  let test: TestApp;
  let smtp: TestSmtp;
  afterEach(async () => {
    await test?.close();
    await smtp?.close();
  });

  const start = async (env: Record<string, string> = {}) => {
    smtp = await startSmtp();
    test = await startTestApp(kind, { SMTP_URL: smtp.url, PUBLIC_URL, ...env });
  };
  const post = (url: string, payload: object, session?: Session) =>
    test.app.inject({ method: "POST", url, payload, headers: session?.headers ?? {} });
  const login = (email: string, password: string) => post("/api/auth/login", { email, password });
  /** The newest message to an address, as queued, and the token of its link. */
  const lastMailTo = async (email: string) => {
    const [row] = await test.database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, email))
      .orderBy(desc(mailOutbox.id))
      .limit(1);
    const token = row ? /\/set-password#([\w-]+)/.exec(row.bodyText)?.[1] : undefined;
    return { row, token };
  };
  const outboxCount = async () => (await test.database.db.select().from(mailOutbox)).length;

  it("a forgotten password: one e-mail with a link that works once, within the hour", async () => {
    await start();
    const user = await buildUser(test.database.db, "pm");
    const asked = await post("/api/auth/password-reset", { email: user.email.toUpperCase() });
    expect(asked.statusCode).toBe(202);
    const { row, token } = await lastMailTo(user.email);
    expect(row?.subject).toBe("[PRIMA] Set a new password");
    expect(row?.bodyText).toContain(`${PUBLIC_URL}/set-password#`);
    expect(token).toBeDefined();
    await smtp.waitFor(1);
    expect(smtp.received[0]?.to).toEqual([user.email]);

    // The page learns whom the link is for; a weak password is refused on its field.
    const info = await post("/api/auth/link", { token: token as string });
    expect(info.json()).toEqual({ email: user.email, name: "Test pm", purpose: "reset" });
    const weak = await post("/api/auth/set-password", { token: token as string, password: "password1234" });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().fields).toEqual([
      expect.objectContaining({ field: "password", code: "passwordWeak" }),
    ]);

    const session = await signIn(test, user);
    const set = await post("/api/auth/set-password", {
      token: token as string,
      password: "amber kettle fjord",
    });
    expect(set.statusCode, set.body).toBe(204);
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(user.email, "amber kettle fjord")).statusCode).toBe(200);
    // Whoever was signed in with the old password is out.
    expect(
      (await test.app.inject({ method: "GET", url: "/api/me", headers: session.headers })).statusCode,
    ).toBe(401);

    const again = await post("/api/auth/set-password", {
      token: token as string,
      password: "another quiet orbit",
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().fields).toEqual([expect.objectContaining({ field: "token", code: "linkInvalid" })]);
  });

  it("a link no longer works after an hour, and a newer link replaces an older one", async () => {
    await start();
    const user = await buildUser(test.database.db, "viewer");
    await post("/api/auth/password-reset", { email: user.email });
    const first = (await lastMailTo(user.email)).token as string;
    test.clock.now = new Date(test.clock.now.getTime() + 61 * 60_000);
    expect((await post("/api/auth/link", { token: first })).statusCode).toBe(400);

    await post("/api/auth/password-reset", { email: user.email });
    const second = (await lastMailTo(user.email)).token as string;
    test.clock.now = new Date(test.clock.now.getTime() + 3 * 60_000);
    await post("/api/auth/password-reset", { email: user.email });
    const third = (await lastMailTo(user.email)).token as string;
    expect(third).not.toBe(second);
    expect((await post("/api/auth/link", { token: second })).statusCode).toBe(400);
    expect((await post("/api/auth/link", { token: third })).statusCode).toBe(200);
  });

  it("answers the same for an unknown address, sends it nothing, and sends one e-mail for a burst of requests", async () => {
    await start();
    const user = await buildUser(test.database.db, "pm");
    const unknown = await post("/api/auth/password-reset", { email: "nobody.here@example.org" });
    const known = await post("/api/auth/password-reset", { email: user.email });
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.json()).toEqual(known.json());
    await post("/api/auth/password-reset", { email: user.email });
    await post("/api/auth/password-reset", { email: user.email });
    expect(await outboxCount()).toBe(1);
  });

  it("sends a forgotten-password link at once to someone invited a moment ago", async () => {
    await start();
    const admin = await signIn(test, await buildUser(test.database.db, "admin"));
    const email = "just.invited@example.org";
    await post("/api/users/invite", { email, name: "Just Invited", role: "viewer", region: null }, admin);
    await post("/api/auth/password-reset", { email });
    const { row } = await lastMailTo(email);
    expect(row?.subject).toBe("[PRIMA] Set a new password");
  });

  it("limits the requests from one address", async () => {
    await start({ PASSWORD_RESET_RATE_LIMIT: "3" });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++)
      codes.push((await post("/api/auth/password-reset", { email: `x${i}@example.org` })).statusCode);
    expect(codes).toEqual([202, 202, 202, 429, 429]);
  });

  it("an invitation: the invitee chooses a password from the e-mail, in their language, within 72 hours", async () => {
    await start();
    const admin = await signIn(test, await buildUser(test.database.db, "admin"));
    const invite = await post(
      "/api/users/invite",
      {
        email: "ines.moreau@example.org",
        name: "Inès Moreau",
        role: "reviewer",
        region: "WCA",
        language: "fr",
      },
      admin,
    );
    expect(invite.statusCode, invite.body).toBe(201);
    expect(invite.json()).toMatchObject({
      email: "ines.moreau@example.org",
      role: "reviewer",
      inviteUrl: null,
    });
    const { row, token } = await lastMailTo("ines.moreau@example.org");
    expect(row?.subject).toContain("vous invite sur PRIMA");
    expect(row?.bodyText).toContain("examinateur régional");
    // Nobody can sign in to the account before the invitee chose a password.
    const [stored] = await test.database.db
      .select()
      .from(users)
      .where(eq(users.email, "ines.moreau@example.org"));
    expect(stored?.language).toBe("fr");

    expect((await post("/api/auth/link", { token: token as string })).json()).toMatchObject({
      purpose: "invite",
    });
    const before = await test.app.inject({
      method: "GET",
      url: "/api/users?q=ines.moreau",
      headers: admin.headers,
    });
    const statusesSeen = (before.json().users as { invited: boolean; active: boolean }[]).map(
      (u) => u.invited,
    );
    test.clock.now = new Date(test.clock.now.getTime() + 71 * 3600_000);
    expect(
      (await post("/api/auth/set-password", { token: token as string, password: "quiet lantern orbit" }))
        .statusCode,
    ).toBe(204);
    expect((await login("ines.moreau@example.org", "quiet lantern orbit")).statusCode).toBe(200);
    // On the people page she was "invited" until she came, then active like everyone.
    expect(statusesSeen).toEqual([true]);
    // 71 hours later the administrator's session has ended: a new one.
    const adminAgain = await signIn(test, await buildUser(test.database.db, "admin"));
    const after = await test.app.inject({
      method: "GET",
      url: "/api/users?q=ines.moreau",
      headers: adminAgain.headers,
    });
    expect(after.json().users).toEqual([expect.objectContaining({ active: true, invited: false })]);
  });

  it("an invitation expires after 72 hours; without e-mail the administrator gets the link to hand over", async () => {
    test = await startTestApp(kind, { PUBLIC_URL });
    const admin = await signIn(test, await buildUser(test.database.db, "admin"));
    const invite = await post(
      "/api/users/invite",
      { email: "kwame.asante@example.org", name: "Kwame Asante", role: "pm", region: null },
      admin,
    );
    expect(invite.statusCode).toBe(201);
    const url = invite.json().inviteUrl as string;
    expect(url).toMatch(new RegExp(`^${PUBLIC_URL}/set-password#[\\w-]{40,}$`));
    test.clock.now = new Date(test.clock.now.getTime() + 73 * 3600_000);
    const token = url.split("#")[1] as string;
    expect(
      (await post("/api/auth/set-password", { token, password: "quiet lantern orbit" })).statusCode,
    ).toBe(400);
  });

  it("only administrators invite; a bad invitation is refused field by field", async () => {
    await start();
    const pm = await signIn(test, await buildUser(test.database.db, "pm"));
    const admin = await signIn(test, await buildUser(test.database.db, "admin"));
    const payload = { email: "new.person@example.org", name: "New Person", role: "viewer", region: null };
    expect((await post("/api/users/invite", payload, pm)).statusCode).toBe(403);
    expect((await post("/api/users/invite", payload)).statusCode).toBe(401);
    const bad = await post(
      "/api/users/invite",
      { ...payload, email: "not-an-address", role: "reviewer" },
      admin,
    );
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(["email", "region"]);
    expect(await outboxCount()).toBe(0);
  });
});

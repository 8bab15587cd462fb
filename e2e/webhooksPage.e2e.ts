/**
 * The administrator's webhooks page in Chromium: add a webhook pointing at a receiver on loopback,
 * copy its secret (shown once), see a project step arrive signed with it in the delivery log, and
 * make the webhook inactive; no serious accessibility violation with the secret or the edit
 * dialog showing. A second webhook, for report decisions only, is told of a report the fund
 * manager accepts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWebhookReceiver, type WebhookReceiver } from "../test/webhookReceiver";
import { animationsEnded, launchChromium, seriousA11yViolations, signInAs } from "./browser";
import { type RunningServer, startPrima, tempDataDir } from "./server";

type Browser = Awaited<ReturnType<typeof launchChromium>>;

describe("the webhooks page", () => {
  let server: RunningServer;
  let browser: Browser;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    server = await startPrima({
      DATA_DIR: tempDataDir(),
      PRIMA_CLOCK: "2026-11-01T09:00:00Z",
      REMINDER_INTERVAL_MINUTES: "0",
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await receiver?.close();
  });

  it("an administrator adds a webhook, sees its secret once, a step arrives signed, and the webhook is made inactive", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, server.url, "admin@example.org");
    await page.goto(`${server.url}/admin/webhooks`);
    await page.getByRole("heading", { name: "Webhooks", level: 1 }).waitFor();

    await page.getByLabel("Address (URL)", { exact: false }).fill(receiver.url);
    await page.getByRole("checkbox", { name: "Project steps" }).check();
    await page.getByRole("button", { name: "Add the webhook" }).click();
    const secret = ((await page.getByTestId("webhook-secret").textContent()) ?? "").trim();
    expect(secret).toMatch(/^whsec_/);
    receiver.secret = secret;
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await expect.poll(() => page.getByRole("cell", { name: receiver.url }).count()).toBeGreaterThan(0);

    // A project step by the demo's project manager, through the API of their own session.
    const pmContext = await browser.newContext();
    const pm = await pmContext.newPage();
    await signInAs(pm, server.url, "pm@example.org");
    const stepped = await pm.evaluate(async () => {
      const me = await (await fetch("/api/me")).json();
      const list = await (await fetch("/api/projects?status=draft&mine=true&pageSize=50")).json();
      for (const item of list.items as { id: string }[]) {
        const project = await (await fetch(`/api/projects/${item.id}`)).json();
        const answer = await fetch(`/api/projects/${item.id}/transitions`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-csrf-token": me.csrfToken },
          body: JSON.stringify({ transition: "withdraw", version: project.version, comment: "e2e" }),
        });
        if (answer.ok) return item.id;
      }
      return null;
    });
    expect(stepped).not.toBeNull();
    await expect.poll(() => receiver.received.length).toBe(1);
    expect(receiver.received[0]?.signatureValid).toBe(true);
    expect(receiver.received[0]?.body.project).toMatchObject({ id: stepped });

    await page.reload();
    await expect.poll(() => page.getByText("Delivered", { exact: true }).count()).toBe(1);
    // Shown once: after a reload, the secret is nowhere on the page.
    expect(await page.content()).not.toContain(secret);

    await page.getByRole("button", { name: `Edit the webhook ${receiver.url}` }).click();
    const dialog = page.getByRole("dialog", { name: "Edit the webhook" });
    await dialog.waitFor();
    await animationsEnded(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole("switch").uncheck();
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => page.getByText("Inactive", { exact: true }).count()).toBe(1);
    await pmContext.close();
    await context.close();
  });

  it("a webhook that asked for report decisions is told when the fund manager accepts a report, signed", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, server.url, "admin@example.org");
    await page.goto(`${server.url}/admin/webhooks`);
    await page.getByRole("heading", { name: "Webhooks", level: 1 }).waitFor();
    await page.getByLabel("Address (URL)", { exact: false }).fill(`${receiver.url}/reports`);
    await page.getByRole("checkbox", { name: "Report decisions" }).check();
    await page.getByRole("button", { name: "Add the webhook" }).click();
    receiver.secret = ((await page.getByTestId("webhook-secret").textContent()) ?? "").trim();
    const before = receiver.received.length;

    // The fund manager accepts a submitted report, through the API of their own session.
    const fundContext = await browser.newContext();
    const fund = await fundContext.newPage();
    await signInAs(fund, server.url, "fund@example.org");
    const accepted = await fund.evaluate(async () => {
      const me = await (await fetch("/api/me")).json();
      const list = await (await fetch("/api/reports?state=submitted&limit=50")).json();
      for (const item of list.items as { id: string }[]) {
        const report = await (await fetch(`/api/reports/${item.id}`)).json();
        const answer = await fetch(`/api/reports/${item.id}/decisions`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-csrf-token": me.csrfToken },
          body: JSON.stringify({ action: "accept", version: report.version, comment: "" }),
        });
        if (answer.ok) return item.id;
      }
      return null;
    });
    expect(accepted).not.toBeNull();
    await expect.poll(() => receiver.received.length).toBe(before + 1);
    const delivery = receiver.received[before];
    expect(delivery?.signatureValid).toBe(true);
    expect(delivery?.body).toMatchObject({
      event: "reportDecided",
      actor: { name: expect.any(String) },
      data: { reportId: accepted, decision: "accepted" },
    });
    await page.reload();
    await expect.poll(() => page.getByText("Delivered", { exact: true }).count()).toBe(2);
    await fundContext.close();
    await context.close();
  });
});

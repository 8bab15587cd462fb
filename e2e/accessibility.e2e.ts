/**
 * Every page of the web app, at phone size (390×844) and at desktop size, as the people who use
 * it, passes axe with no serious or critical violation. The pages come from the router's own
 * table (src/web/paths.ts): a page without a visit here fails the first test. Project pages are
 * visited in each state of the life cycle, report pages as a form, awaiting a decision and
 * accepted. One server (the demo portfolio, its clock on the demo's today) and one browser.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { matchPath } from "react-router";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGE_PATHS, type PageName } from "../src/web/paths";
import { animationsEnded, launchChromium, seriousA11yViolations, signInAs } from "./browser";
import { type RunningServer, startPrima, tempDataDir } from "./server";

const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
} as const;

type Who = "pm" | "reviewer" | "fund" | "viewer" | "admin" | "signedOut";
const EMAILS: Record<Exclude<Who, "signedOut">, string> = {
  pm: "pm@example.org",
  reviewer: "reviewer@example.org",
  fund: "fund@example.org",
  viewer: "viewer@example.org",
  admin: "admin@example.org",
};

/** Records of the demo that some addresses need, found through the API once the server runs. */
interface Demo {
  project: Record<
    "draft" | "submitted" | "endorsed" | "approved" | "active" | "closed" | "rejected" | "withdrawn",
    string
  >;
  report: Record<"due" | "submitted" | "accepted", { projectId: string; id: string }>;
}

interface Visit {
  what: string;
  as: Who;
  url: (demo: Demo) => string;
}

const project = (state: keyof Demo["project"], as: Who): Visit => ({
  what: `a ${state} project`,
  as,
  url: (d) => `/projects/${d.project[state]}`,
});
const report = (state: keyof Demo["report"], as: Who): Visit => ({
  what: `a ${state} report`,
  as,
  url: (d) => `/projects/${d.report[state].projectId}/reports/${d.report[state].id}`,
});

/** Who visits each page, and where. Every page of the router must have at least one visit. */
const VISITS: Record<PageName, Visit[]> = {
  login: [{ what: "signing in", as: "signedOut", url: () => "/login" }],
  home: [
    { what: "a PM's home", as: "pm", url: () => "/" },
    { what: "a viewer's home", as: "viewer", url: () => "/" },
  ],
  search: [{ what: "results of a search", as: "viewer", url: () => "/search?q=migration" }],
  dashboard: [{ what: "the dashboard", as: "fund", url: () => "/dashboard" }],
  analysis: [{ what: "the analysis", as: "viewer", url: () => "/dashboard/analysis" }],
  fundingRequirements: [
    { what: "funding requirements", as: "fund", url: () => "/dashboard/funding-requirements" },
  ],
  projects: [{ what: "the project list", as: "pm", url: () => "/projects" }],
  newProject: [{ what: "a new proposal", as: "pm", url: () => "/projects/new" }],
  project: [
    project("draft", "pm"),
    project("submitted", "reviewer"),
    project("endorsed", "fund"),
    project("approved", "fund"),
    project("active", "pm"),
    project("closed", "pm"),
    project("rejected", "viewer"),
    project("withdrawn", "viewer"),
  ],
  editProject: [{ what: "a draft in the form", as: "pm", url: (d) => `/projects/${d.project.draft}/edit` }],
  inbox: [
    { what: "the reviewer's inbox", as: "reviewer", url: () => "/inbox" },
    { what: "the fund manager's inbox", as: "fund", url: () => "/inbox" },
  ],
  notifications: [{ what: "notifications", as: "pm", url: () => "/notifications" }],
  process: [{ what: "the process map", as: "viewer", url: () => "/process" }],
  fundRules: [{ what: "the fund rules", as: "fund", url: () => "/fund-rules" }],
  cofunding: [{ what: "co-funding and exchange rates", as: "fund", url: () => "/fund-rules/co-funding" }],
  report: [report("due", "pm"), report("submitted", "fund"), report("accepted", "viewer")],
  reports: [{ what: "overdue reports", as: "fund", url: () => "/reports" }],
  knowledge: [{ what: "the knowledge base", as: "pm", url: () => "/knowledge" }],
  outbox: [{ what: "the outbox", as: "admin", url: () => "/admin/outbox" }],
  users: [{ what: "the people page", as: "admin", url: () => "/admin/users" }],
  tokens: [{ what: "every API token", as: "admin", url: () => "/admin/tokens" }],
  projectImport: [{ what: "the portfolio import", as: "fund", url: () => "/admin/import" }],
  webhooks: [{ what: "the webhooks", as: "admin", url: () => "/admin/webhooks" }],
  forgotPassword: [{ what: "asking for a new password", as: "signedOut", url: () => "/forgot-password" }],
  setPassword: [
    {
      what: "a set-password link that no longer works",
      as: "signedOut",
      url: () => "/set-password#expired-or-unknown-token-000000",
    },
  ],
  profile: [{ what: "one's own profile", as: "viewer", url: () => "/profile" }],
  spending: [{ what: "the portfolio by spending", as: "viewer", url: () => "/dashboard/spending" }],
  notFound: [{ what: "an address that names no page", as: "pm", url: () => "/no-such-page" }],
};

const ALL_VISITS = (Object.entries(VISITS) as [PageName, Visit[]][]).flatMap(([page, visits]) =>
  visits.map((visit) => ({ page, ...visit })),
);

async function apiGet<T>(page: Page, url: string): Promise<T> {
  return page.evaluate(async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  }, url);
}

/** Waits until the page shows its heading and nothing is loading any more. */
async function settled(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.locator("main h1").first().waitFor();
  await page.waitForFunction(
    () =>
      document.querySelector(
        'main .mantine-Loader-root, main .mantine-Skeleton-root[data-visible="true"]',
      ) === null,
    undefined,
    { timeout: 60_000 },
  );
}

describe("accessibility of the web app in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let demo: Demo;
  const contexts = new Map<Who, Promise<Page>>();

  /** One signed-in tab per person, opened on first use and reused for their next visits. */
  function pageOf(who: Who): Promise<Page> {
    let page = contexts.get(who);
    if (!page) {
      page = (async () => {
        const context: BrowserContext = await browser.newContext({ viewport: VIEWPORTS.desktop });
        const tab = await context.newPage();
        if (who !== "signedOut") await signInAs(tab, server.url, EMAILS[who]);
        return tab;
      })();
      contexts.set(who, page);
    }
    return page;
  }

  beforeAll(async () => {
    server = await startPrima({
      DATA_DIR: tempDataDir(),
      PRIMA_CLOCK: "2026-11-01T09:00:00Z",
      REMINDER_INTERVAL_MINUTES: "0",
    });
    browser = await launchChromium();

    const first = async (who: Who, query: string) => {
      const list = await apiGet<{ items: { id: string }[] }>(
        await pageOf(who),
        `/api/projects?${query}&pageSize=1`,
      );
      const id = list.items[0]?.id;
      if (!id) throw new Error(`the demo has no project for ${who} with ${query}`);
      return id;
    };
    const firstReport = async (who: Who, state: string) => {
      const list = await apiGet<{ items: { id: string; projectId: string }[] }>(
        await pageOf(who),
        `/api/reports?state=${state}&limit=1${who === "pm" ? "&mine=true" : ""}`,
      );
      const item = list.items[0];
      if (!item) throw new Error(`the demo has no ${state} report for ${who}`);
      return { id: item.id, projectId: item.projectId };
    };
    demo = {
      project: {
        draft: await first("pm", "status=draft&mine=true"),
        submitted: await first("reviewer", "status=submitted"),
        endorsed: await first("fund", "status=endorsed"),
        approved: await first("fund", "status=approved"),
        active: await first("pm", "status=active&mine=true"),
        closed: await first("pm", "status=closed&mine=true"),
        rejected: await first("viewer", "status=rejected"),
        withdrawn: await first("viewer", "status=withdrawn"),
      },
      report: {
        due: await firstReport("pm", "due"),
        submitted: await firstReport("fund", "submitted"),
        accepted: await firstReport("viewer", "accepted"),
      },
    };
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  describe("every page, at phone and desktop size, has no serious accessibility violation", () => {
    it("visits every page of the router", () => {
      const unvisited = (Object.keys(PAGE_PATHS) as PageName[]).filter((name) => !VISITS[name]?.length);
      expect(unvisited).toEqual([]);
    });

    it.each(ALL_VISITS)("$page: $what ($as)", async ({ page: name, as, url }) => {
      const address = url(demo);
      const pathname = new URL(address, server.url).pathname;
      expect(matchPath(PAGE_PATHS[name], pathname), `${address} is not ${PAGE_PATHS[name]}`).not.toBeNull();
      const page = await pageOf(as);
      const found: Partial<Record<keyof typeof VIEWPORTS, string[]>> = {};
      await page.setViewportSize(VIEWPORTS.phone);
      await page.goto(`${server.url}${address}`);
      for (const size of ["phone", "desktop"] as const) {
        await page.setViewportSize(VIEWPORTS[size]);
        await settled(page);
        // The visit reached the page it meant to: not the sign-in, not "not found" unless meant to.
        expect(new URL(page.url()).pathname).toBe(pathname);
        if (name !== "notFound") expect(await page.getByText("404", { exact: true }).count()).toBe(0);
        const problems = await seriousA11yViolations(page, ["landmark-unique"]);
        // Wide content scrolls inside its own frame; the page itself never scrolls sideways.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) problems.push(`the page is ${overflow}px wider than the screen`);
        found[size] = problems;
      }
      expect(found).toEqual({ phone: [], desktop: [] });
    });
  });

  describe("a dialog gives focus back to the button that opened it", () => {
    /** The focused element, as "tag: accessible name or text". */
    const focused = (page: Page) =>
      page.evaluate(() => {
        const active = document.activeElement;
        if (!active || active === document.body) return "body";
        const name = active.getAttribute("aria-label") ?? active.textContent ?? "";
        return `${active.tagName.toLowerCase()}: ${name.trim()}`;
      });
    const dialog = (page: Page) => page.getByRole("dialog");

    async function openAndEscape(page: Page, button: string) {
      const opener = page.getByRole("button", { name: button, exact: true });
      await opener.click();
      await dialog(page).waitFor();
      await expect.poll(() => focused(page)).not.toBe(`button: ${button}`);
      await animationsEnded(page);
      // The dialog itself, open over its page, passes axe too.
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.keyboard.press("Escape");
      await dialog(page).waitFor({ state: "hidden" });
      await expect.poll(() => focused(page)).toBe(`button: ${button}`);
    }

    it("a workflow step: Escape and Cancel return to its button; once done, focus goes to the project's title", async () => {
      const page = await pageOf("reviewer");
      const list = await apiGet<{ items: { id: string }[] }>(
        page,
        "/api/projects?status=submitted&pageSize=50",
      );
      let chosen: { id: string; title: string } | null = null;
      for (const { id } of list.items) {
        const detail = await apiGet<{ title: string; can: { transitions: string[] } }>(
          page,
          `/api/projects/${id}`,
        );
        if (detail.can.transitions.includes("endorse") && detail.can.transitions.includes("returnToDraft")) {
          chosen = { id, title: detail.title };
          break;
        }
      }
      expect(chosen, "a submitted project the reviewer may endorse").not.toBeNull();
      const project = chosen as { id: string; title: string };
      await page.setViewportSize(VIEWPORTS.desktop);
      await page.goto(`${server.url}/projects/${project.id}`);
      await settled(page);

      await openAndEscape(page, "Endorse");
      await page.getByRole("button", { name: "Return for revision", exact: true }).click();
      await dialog(page).getByRole("button", { name: "Cancel" }).click();
      await dialog(page).waitFor({ state: "hidden" });
      await expect.poll(() => focused(page)).toBe("button: Return for revision");

      await page.getByRole("button", { name: "Return for revision", exact: true }).click();
      await dialog(page)
        .getByRole("textbox", { name: /Comment/ })
        .fill("Please add a budget breakdown.");
      await dialog(page).getByRole("button", { name: "Return for revision" }).click();
      await dialog(page).waitFor({ state: "hidden" });
      // The reviewer has no step left to take, so no button: focus goes to the project's title.
      await expect.poll(() => focused(page)).toBe(`h1: ${project.title}`);
    });

    it("an extension request: Escape returns to its button; sent, focus goes to the extensions' heading", async () => {
      const page = await pageOf("pm");
      const list = await apiGet<{ items: { id: string }[] }>(
        page,
        "/api/projects?status=active&mine=true&pageSize=50",
      );
      let chosen: { id: string; plannedEnd: string } | null = null;
      for (const { id } of list.items) {
        const extensions = await apiGet<{ can: { request: boolean } }>(
          page,
          `/api/projects/${id}/extensions`,
        );
        if (!extensions.can.request) continue;
        const detail = await apiGet<{ plannedEnd: string }>(page, `/api/projects/${id}`);
        chosen = { id, plannedEnd: detail.plannedEnd };
        break;
      }
      expect(chosen, "an active project of pm@ that may ask for an extension").not.toBeNull();
      const project = chosen as { id: string; plannedEnd: string };
      await page.setViewportSize(VIEWPORTS.phone);
      await page.goto(`${server.url}/projects/${project.id}`);
      await settled(page);

      await openAndEscape(page, "Request an extension");
      await page.getByRole("button", { name: "Request an extension", exact: true }).click();
      const later = new Date(`${project.plannedEnd}T00:00:00Z`);
      later.setUTCMonth(later.getUTCMonth() + 3);
      await dialog(page).getByLabel("New end date").fill(later.toISOString().slice(0, 10));
      await dialog(page)
        .getByRole("textbox", { name: "Justification" })
        .fill("The rainy season delayed the construction of the two resource centres.");
      await dialog(page).getByRole("button", { name: "Send the request" }).click();
      await dialog(page).waitFor({ state: "hidden" });
      // One request at a time: the button has gone, the section that held it is still there.
      await expect.poll(() => focused(page)).toBe("h2: Extensions");
    });

    it("a report decision: Escape returns to its button; once accepted, focus goes to the report's title", async () => {
      const page = await pageOf("fund");
      const { projectId, id } = demo.report.submitted;
      await page.setViewportSize(VIEWPORTS.desktop);
      await page.goto(`${server.url}/projects/${projectId}/reports/${id}`);
      await settled(page);
      const title = ((await page.locator("main h1").textContent()) ?? "").trim();

      await openAndEscape(page, "Return for revision");
      await openAndEscape(page, "Accept");
      await page.getByRole("button", { name: "Accept", exact: true }).click();
      await dialog(page).getByRole("button", { name: "Accept the report" }).click();
      await dialog(page).waitFor({ state: "hidden" });
      await expect.poll(() => focused(page)).toBe(`h1: ${title}`);
    });

    it("the search filters on a phone: Escape and the close button return to the Filters button", async () => {
      const page = await pageOf("viewer");
      await page.setViewportSize(VIEWPORTS.phone);
      await page.goto(`${server.url}/search?q=migration`);
      await settled(page);
      await openAndEscape(page, "Filters");
      await page.getByRole("button", { name: "Filters", exact: true }).click();
      await dialog(page).waitFor();
      await dialog(page).getByRole("button", { name: "Close the filters" }).click();
      await dialog(page).waitFor({ state: "hidden" });
      await expect.poll(() => focused(page)).toBe("button: Filters");
    });
  });
});

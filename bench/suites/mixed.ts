/**
 * Mixed load (issue 13): people at work rather than one endpoint at a time. Closed-loop clients,
 * each a signed-in user of the generated portfolio (mostly PMs, the regional reviewers, the fund
 * managers, viewers), each picking a request by the mix, sending it, waiting for the answer and
 * picking the next: 70 % reads (project list, search, dashboard and analysis, project page, home
 * figures) and 30 % writes (edit a draft, comment, bookmark, a workflow step). Writes change the
 * database: run it on a copy (bench/README.md "Mixed load").
 *
 * The workflow steps are chosen so that a long run does not run out of work: PMs submit their
 * drafts, reviewers return submitted proposals of their region to draft, fund managers return
 * endorsed ones; the PMs then find those drafts again.
 *
 * "writecost" is the same machinery with one client and only two things: an edit (GET then PUT)
 * and a workflow step (submit, then the reviewer returns it), one after the other, for the p95
 * of a single write with nobody else on the server.
 */
import { loadavg } from "node:os";
import { DASHBOARD_CHARTS, type DashboardFilters } from "../../src/domain/dashboard";
import { REGION_CODES } from "../../src/server/db/seed/reference/regions";
import {
  BENCH_DOMAIN,
  BENCH_FUND_MANAGER_EMAIL,
  BENCH_REGIONAL_VIEWER_EMAIL,
  pmCount,
} from "../generator/people";
import { summarize } from "../lib/load";
import type { ResultRow } from "../lib/results";
import { type BenchServer, signIn, signInSession, startServer, type Target } from "../lib/server";
import type { SuiteOptions } from "./context";
import { DASHBOARD_FILTERS, filterQuery, LIST_QUERIES, searchPaths } from "./inputs";

const ANALYSIS_REPORTS = ["projects-by-year-activity", "extensions", "reporting-compliance"] as const;

/** What a request is counted as. */
type RequestClass =
  | "list"
  | "search"
  | "searchFacets"
  | "dashboard"
  | "analysis"
  | "projectPage"
  | "home"
  | "edit"
  | "comment"
  | "bookmark"
  | "workflow";

/** Picks, in per cent: 70 reads, 30 writes. A role that cannot do a write does a bookmark instead. */
const MIX: readonly [RequestClass, number][] = [
  ["list", 15],
  ["search", 10],
  ["searchFacets", 10],
  ["dashboard", 10],
  ["analysis", 5],
  ["projectPage", 15],
  ["home", 5],
  ["edit", 10],
  ["comment", 7],
  ["bookmark", 6],
  ["workflow", 7],
];

const WRITES: ReadonlySet<RequestClass> = new Set(["edit", "comment", "bookmark", "workflow"]);
const REQUEST_TIMEOUT_MS = 60_000;

type Role = "pm" | "reviewer" | "fund_manager" | "viewer";
interface Person {
  email: string;
  role: Role;
  region: string | null;
}

/**
 * Who the clients are: mostly PMs, a reviewer per region (so that every region's submissions
 * come back), the fund managers and viewers, in about the proportions of the fund's users.
 */
export function planClients(clients: number, projects: number): Person[] {
  const pms = pmCount(projects);
  const reviewers = Math.min(REGION_CODES.length, Math.round(clients * 0.18));
  const fund = Math.min(3, Math.round(clients * 0.06));
  const viewers = Math.min(2, Math.round(clients * 0.04));
  const people: Person[] = [];
  for (let i = 0; i < reviewers; i++) {
    const region = REGION_CODES[i] as string;
    people.push({ email: `reviewer.${region.toLowerCase()}@${BENCH_DOMAIN}`, role: "reviewer", region });
  }
  const fundEmails = [BENCH_FUND_MANAGER_EMAIL, `fund2@${BENCH_DOMAIN}`, `fund3@${BENCH_DOMAIN}`];
  for (let i = 0; i < fund; i++)
    people.push({ email: fundEmails[i] as string, role: "fund_manager", region: null });
  const viewerEmails = [`viewer@${BENCH_DOMAIN}`, BENCH_REGIONAL_VIEWER_EMAIL];
  for (let i = 0; i < viewers; i++)
    people.push({ email: viewerEmails[i] as string, role: "viewer", region: i === 1 ? "WCA" : null });
  // More clients than PMs: some PMs work in two tabs.
  for (let n = 0; people.length < clients; n++)
    people.push({ email: `pm${(n % pms) + 1}@${BENCH_DOMAIN}`, role: "pm", region: null });
  return people.slice(0, clients);
}

interface Summary {
  id: string;
  region: string | null;
  can: { update: boolean; transitions: string[]; comment: boolean };
}
interface Detail extends Record<string, unknown> {
  id: string;
  version: number;
  summary: string;
  pm: { id: string } | null;
  altPm: { id: string } | null;
  followUpOf: { id: string } | null;
  areaShares: { code: string; percent: number }[];
  activityShares: { code: string; percent: number }[];
}

/**
 * The fund rules a PM can see are not met on the page (src/domain/fundRules.ts: objective, shares
 * of 100 %, beneficiaries); the generator leaves some drafts unfinished. The rules of the fund's
 * year (ceilings, countries) are left to the server: those give the rare 422.
 */
function readyToSubmit(project: Detail): boolean {
  const full = (shares: Detail["areaShares"]) =>
    Math.round(shares.reduce((sum, s) => sum + s.percent, 0) * 100) === 10_000;
  return (
    String(project.objective ?? "").trim() !== "" &&
    full(project.areaShares) &&
    full(project.activityShares) &&
    Array.isArray(project.beneficiaries) &&
    project.beneficiaries.length > 0
  );
}

/** The PUT body the web form sends: the page's fields, the version it was loaded at. */
function editBody(project: Detail, n: number) {
  const shares = (list: Detail["areaShares"]) => list.map(({ code, percent }) => ({ code, percent }));
  // A marker at the end of the summary: a real change (search documents, history) that stays short.
  const summary = `${project.summary.replace(/ \[edit \d+\]$/, "")} [edit ${n}]`.slice(-5000);
  return {
    title: project.title,
    summary,
    objective: project.objective,
    type: project.type,
    countries: project.countries,
    region: project.region,
    fundingYear: project.fundingYear,
    fundLine: project.fundLine,
    requestedBudget: project.requestedBudget,
    plannedStart: project.plannedStart,
    plannedEnd: project.plannedEnd,
    pmId: project.pm?.id,
    altPmId: project.altPm?.id ?? null,
    areaShares: shares(project.areaShares),
    activityShares: shares(project.activityShares),
    beneficiaries: project.beneficiaries,
    strategyPoints: project.strategyPoints,
    migof: project.migof,
    genderMarker: project.genderMarker,
    followUpOfId: project.followUpOf?.id ?? null,
    version: project.version,
  };
}

/** Everything measured in the run, shared by all clients. */
class Tally {
  times = new Map<RequestClass, number[]>();
  /** Non-2xx answers other than a 409 that was re-read and retried, and network errors, by class. */
  errors = new Map<RequestClass, number>();
  statuses = new Map<string, number>();
  overloaded = 0;
  retries = 0;
  refused = 0;
  /** Someone else moved the project first (submitted the draft being edited, stepped it on). */
  lostRaces = 0;
  recording = false;

  lostRace() {
    if (this.recording) this.lostRaces++;
  }

  answer(cls: RequestClass, ms: number) {
    if (!this.recording) return;
    const list = this.times.get(cls) ?? [];
    list.push(ms);
    this.times.set(cls, list);
  }
  error(cls: RequestClass, status: number) {
    if (!this.recording) return;
    this.errors.set(cls, (this.errors.get(cls) ?? 0) + 1);
    const key = `${cls} ${status || "network"}`;
    this.statuses.set(key, (this.statuses.get(key) ?? 0) + 1);
    if (status === 503) this.overloaded++;
  }
}

interface Answer {
  status: number;
  body: unknown;
  ms: number;
  retryAfter: number | null;
}

class Client {
  private readable: string[] = [];
  /** PM: own drafts that can be edited and submitted; reviewer and fund: proposals to return. */
  private work: Summary[] = [];
  private own: string[] = [];
  private bookmarked = new Set<string>();
  private refusedIds = new Set<string>();
  private edits = 0;
  private pick = 0;
  /** Whether the last step() moved its project. */
  moved = false;
  /** writecost: the PM works only on projects its one reviewer can return. */
  onlyRegion: string | undefined;

  constructor(
    private readonly url: string,
    private readonly session: { cookie: string; csrfToken: string },
    private readonly person: Person,
    private readonly tally: Tally,
    private readonly random: () => number,
  ) {}

  /** `handled`: statuses the caller sorts out itself (an error or a lost race), not counted here. */
  private async send(
    cls: RequestClass,
    method: string,
    path: string,
    body?: unknown,
    handled: readonly number[] = [],
  ): Promise<Answer> {
    for (;;) {
      const started = performance.now();
      let answer: Answer;
      try {
        const response = await fetch(`${this.url}${path}`, {
          method,
          headers: {
            cookie: this.session.cookie,
            accept: "application/json",
            ...(method === "GET" ? {} : { "x-csrf-token": this.session.csrfToken }),
            ...(body === undefined ? {} : { "content-type": "application/json" }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        const text = await response.text();
        const header = response.headers.get("retry-after");
        answer = {
          status: response.status,
          body: text && response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : null,
          ms: performance.now() - started,
          retryAfter: header ? Number(header) : null,
        };
      } catch {
        answer = { status: 0, body: null, ms: performance.now() - started, retryAfter: null };
      }
      if (process.env.BENCH_DEBUG) console.log(method, path, answer.status, Math.round(answer.ms));
      if (answer.status >= 200 && answer.status < 300) this.tally.answer(cls, answer.ms);
      // A 409 is re-read and retried and a 422 from the fund rules is "refused": both counted by the caller.
      else if (
        answer.status !== 409 &&
        !(answer.status === 422 && cls === "workflow") &&
        !handled.includes(answer.status)
      )
        this.tally.error(cls, answer.status);
      // As the web app does (src/web/api/retryPolicy.ts): wait Retry-After ±50 % and ask again.
      if (answer.status === 503) {
        await sleep((answer.retryAfter ?? 2) * 1000 * (0.5 + this.random()));
        continue;
      }
      return answer;
    }
  }

  private any<T>(list: readonly T[]): T | undefined {
    return list.length === 0 ? undefined : list[Math.floor(this.random() * list.length)];
  }

  /** What this user works on, as the web app's lists would show it (not timed). */
  async prepare(projects: number) {
    const page = 1 + Math.floor(this.random() * Math.max(1, Math.floor(projects / 100)));
    const sample = await this.send("list", "GET", `/api/projects?pageSize=100&page=${page}`);
    this.readable = ((sample.body as { items?: Summary[] })?.items ?? []).map((p) => p.id);
    if (this.person.role === "pm") {
      const mine = await this.send("list", "GET", "/api/projects?mine=true&pageSize=100");
      this.own = ((mine.body as { items?: Summary[] })?.items ?? []).map((p) => p.id);
      this.readable.push(...this.own);
    }
    await this.refreshWork();
  }

  /** The list a user opens to find work: counted as a project list read. */
  private async refreshWork() {
    const query =
      this.person.role === "pm"
        ? "mine=true&status=draft"
        : this.person.role === "reviewer"
          ? `status=submitted&region=${this.person.region}`
          : this.person.role === "fund_manager"
            ? "status=endorsed"
            : null;
    if (!query) return;
    const answer = await this.send("list", "GET", `/api/projects?${query}&pageSize=100`);
    const items = (answer.body as { items?: Summary[] })?.items ?? [];
    const step = this.person.role === "pm" ? "submit" : "returnToDraft";
    this.work = items.filter(
      (p) =>
        p.can.transitions.includes(step) &&
        !this.refusedIds.has(p.id) &&
        (this.onlyRegion === undefined || p.region === this.onlyRegion),
    );
  }

  private async read(id: string): Promise<Detail | null> {
    const answer = await this.send("projectPage", "GET", `/api/projects/${id}`);
    return answer.status === 200 ? (answer.body as Detail) : null;
  }

  async edit(): Promise<boolean> {
    const id = this.any(this.work)?.id;
    if (!id) return false;
    let project = await this.read(id);
    while (project) {
      this.edits++;
      const answer = await this.send(
        "edit",
        "PUT",
        `/api/projects/${id}`,
        editBody(project, this.edits),
        [403],
      );
      if (answer.status === 403) {
        // The alternate PM submitted the draft meanwhile: the page says it is no longer editable.
        const now = await this.read(id);
        if (now && now.status !== "draft") this.tally.lostRace();
        else this.tally.error("edit", 403);
        this.work = this.work.filter((w) => w.id !== id);
        return true;
      }
      if (answer.status !== 409) return true;
      if (this.tally.recording) this.tally.retries++;
      project = (answer.body as { current?: Detail })?.current ?? (await this.read(id));
    }
    return true;
  }

  /** A workflow step on one of this user's work items: the project's id, or null if there was none. */
  async step(given?: Summary): Promise<Summary | null> {
    if (!given && this.work.length === 0) await this.refreshWork();
    const item = given ?? this.any(this.work);
    if (!item) return null;
    const id = item.id;
    let project = await this.read(id);
    const transition = this.person.role === "pm" ? "submit" : "returnToDraft";
    if (project && transition === "submit" && !readyToSubmit(project)) {
      // The page shows what is missing; a PM does not press Submit on an unfinished draft.
      this.refusedIds.add(id);
      this.work = this.work.filter((w) => w.id !== id);
      return item;
    }
    this.moved = false;
    while (project) {
      const answer = await this.send("workflow", "POST", `/api/projects/${id}/transitions`, {
        transition,
        version: project.version,
        comment: transition === "submit" ? "" : "Please revise the budget lines (benchmark).",
      });
      if (answer.status === 409) {
        // Someone moved it first (a conflict with a current version), or it left the status.
        const current = (answer.body as { current?: Detail })?.current;
        // Same version: the step does not leave its status (someone moved it before we read it).
        if (
          !current ||
          current.version === project.version ||
          (current as { status?: string }).status !== project.status
        ) {
          // Moved on by someone else (the alternate PM, another reviewer): nothing to retry; the
          // page shows the new status. Not an error of the server.
          this.tally.lostRace();
          break;
        }
        if (this.tally.recording) this.tally.retries++;
        project = current;
        continue;
      }
      this.moved = answer.status === 200;
      if (answer.status === 422 && this.tally.recording) this.tally.refused++;
      if (answer.status === 422) this.refusedIds.add(id);
      break;
    }
    this.work = this.work.filter((w) => w.id !== id);
    return item;
  }

  /** writecost: a project back in this user's hands. */
  giveBack(item: Summary) {
    this.work.push(item);
  }

  async comment(): Promise<boolean> {
    const pool =
      this.person.role === "pm" ? this.own : this.person.role === "viewer" ? [] : this.work.map((w) => w.id);
    const id = this.any(pool.length > 0 ? pool : this.person.role === "fund_manager" ? this.readable : []);
    if (!id) return false;
    await this.send("comment", "POST", `/api/projects/${id}/comments`, {
      section: "budget",
      body: `Benchmark comment ${Math.floor(this.random() * 1e6)}: please check the staff costs.`,
    });
    return true;
  }

  async bookmark() {
    const id = this.any(this.readable);
    if (!id) return;
    const on = this.bookmarked.has(id);
    const answer = await this.send("bookmark", on ? "DELETE" : "PUT", `/api/projects/${id}/bookmark`);
    if (answer.status === 204) {
      if (on) this.bookmarked.delete(id);
      else this.bookmarked.add(id);
    }
  }

  private nextOf<T>(list: readonly T[]): T {
    return list[this.pick++ % list.length] as T;
  }

  async once(cls: RequestClass) {
    switch (cls) {
      case "list":
        await this.send(cls, "GET", `/api/projects${this.nextOf(LIST_QUERIES)}`);
        return;
      case "search":
        await this.send(cls, "GET", this.nextOf(SEARCH_PLAIN));
        return;
      case "searchFacets":
        await this.send(cls, "GET", this.nextOf(SEARCH_FACETED));
        return;
      case "dashboard": {
        const chart = this.nextOf(DASHBOARD_CHARTS);
        await this.send(cls, "GET", `/api/dashboard/${chart}${filterQuery(this.filters())}`);
        return;
      }
      case "analysis": {
        const report = this.nextOf(ANALYSIS_REPORTS);
        await this.send(cls, "GET", `/api/analysis/${report}${filterQuery(this.filters())}`);
        return;
      }
      case "projectPage": {
        const id = this.any(this.readable);
        if (id) await this.read(id);
        return;
      }
      case "home":
        await this.send(cls, "GET", "/api/portfolio/summary");
        return;
      case "edit":
        if (this.person.role === "pm" && (await this.edit())) return;
        if (this.person.role === "pm") await this.refreshWork();
        else if (this.person.role !== "viewer" && (await this.step()) !== null) return;
        else await this.bookmark();
        return;
      case "comment":
        if (!(await this.comment())) await this.bookmark();
        return;
      case "bookmark":
        await this.bookmark();
        return;
      case "workflow":
        if (this.person.role === "viewer" || (await this.step()) === null) await this.bookmark();
        return;
    }
  }

  private filters(): DashboardFilters {
    return this.nextOf(DASHBOARD_FILTERS);
  }

  choose(): RequestClass {
    let roll = this.random() * 100;
    for (const [cls, weight] of MIX) {
      roll -= weight;
      if (roll < 0) return cls;
    }
    return "list";
  }

  /** writecost: a PM's edit or submission alone; what was submitted, to be returned. */
  async writeOnce(kind: "edit" | "workflow"): Promise<Summary | null> {
    if (kind === "edit") {
      if (!(await this.edit()))
        throw new Error(`${this.person.email} has no draft of ${this.onlyRegion} to edit`);
      return null;
    }
    const moved = await this.step();
    if (!moved) throw new Error(`${this.person.email} has no draft of ${this.onlyRegion} to submit`);
    return moved;
  }
}

const SEARCH_PLAIN = searchPaths(false);
const SEARCH_FACETED = searchPaths(true);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A small deterministic generator per client (mulberry32): the same run picks the same requests. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function projectCount(server: BenchServer) {
  const cookie = await signIn(server.url);
  const response = await fetch(`${server.url}/api/projects?pageSize=1`, { headers: { cookie } });
  return ((await response.json()) as { total: number }).total;
}

function target(options: SuiteOptions): Target {
  return options.mixed.database === "pglite"
    ? { dataDir: options.pgliteDataDir }
    : { databaseUrl: options.databaseUrl };
}

function serverEnv(options: SuiteOptions): Record<string, string> {
  return options.mixed.readUrl ? { DATABASE_READ_URL: options.mixed.readUrl } : {};
}

function row(
  name: string,
  times: number[] | undefined,
  seconds: number,
  errors = 0,
  note?: string,
): ResultRow {
  const list = times ?? [];
  return {
    name,
    ...summarize(list),
    requests: list.length,
    reqPerSec: Math.round((list.length / seconds) * 10) / 10,
    note: [errors ? `${errors} errors` : "", note ?? ""].filter(Boolean).join("; ") || undefined,
  };
}

export async function runMixed(options: SuiteOptions): Promise<{ rows: ResultRow[]; setup: object }> {
  const { clients, duration, warmup } = options.mixed;
  const server = await startServer(target(options), options.ports.postgres, serverEnv(options));
  const tally = new Tally();
  const loadBefore = loadavg().map((n) => n.toFixed(2));
  try {
    const projects = await projectCount(server);
    const people = planClients(clients, projects);
    const sessions = new Map<string, Awaited<ReturnType<typeof signInSession>>>();
    const workers: Client[] = [];
    for (const [index, person] of people.entries()) {
      let session = sessions.get(person.email);
      if (!session) {
        session = await signInSession(server.url, person.email);
        sessions.set(person.email, session);
      }
      const client = new Client(server.url, session, person, tally, seeded(index + 1));
      await client.prepare(projects);
      workers.push(client);
    }
    const started = performance.now();
    const measureFrom = started + warmup * 1000;
    const end = measureFrom + duration * 1000;
    setTimeout(() => {
      tally.recording = true;
    }, warmup * 1000);
    // Answers that arrive after the end are not counted, so each client's last request is not cut short.
    const stop = setTimeout(
      () => {
        tally.recording = false;
      },
      (warmup + duration) * 1000,
    );
    await Promise.all(
      workers.map(async (client) => {
        while (performance.now() < end) await client.once(client.choose());
      }),
    );
    clearTimeout(stop);
    const peakRssMb = server.peakRssMb();
    const seconds = duration;
    const rows: ResultRow[] = [];
    const all = [...tally.times.values()].flat();
    const errors = [...tally.errors.values()].reduce((a, b) => a + b, 0);
    const reads = [...tally.times.entries()].filter(([cls]) => !WRITES.has(cls)).flatMap(([, t]) => t);
    const writes = [...tally.times.entries()].filter(([cls]) => WRITES.has(cls)).flatMap(([, t]) => t);
    rows.push(row(`all requests, ${clients} clients`, all, seconds, errors));
    rows.push(row("reads", reads, seconds));
    rows.push(row("writes", writes, seconds));
    for (const [cls] of MIX)
      rows.push(row(`  ${CLASS_NAMES[cls]}`, tally.times.get(cls), seconds, tally.errors.get(cls)));
    rows.push({ name: "errors (non-2xx but retried 409 and refused 422; network)", value: errors, unit: "" });
    rows.push({
      name: "  of which overloaded (503, asked again after Retry-After)",
      value: tally.overloaded,
      unit: "",
    });
    rows.push({ name: "retries after a 409 (re-read, sent again)", value: tally.retries, unit: "" });
    rows.push({ name: "workflow steps refused by fund rules (422)", value: tally.refused, unit: "" });
    rows.push({
      name: "lost races (another user moved the project first: 403 edit of a draft just submitted, 409 step)",
      value: tally.lostRaces,
      unit: "",
    });
    rows.push({ name: "server peak RSS (VmHWM)", value: peakRssMb, unit: "MB" });
    const loadAfter = loadavg().map((n) => n.toFixed(2));
    return {
      rows,
      setup: {
        database: options.mixed.database,
        readReplica: Boolean(options.mixed.readUrl),
        clients,
        people: countRoles(people),
        duration,
        warmup,
        projects,
        errorStatuses: Object.fromEntries(tally.statuses),
        loadavg1_5_15: { before: loadBefore.join(" "), after: loadAfter.join(" ") },
      },
    };
  } finally {
    await server.stop();
  }
}

const CLASS_NAMES: Record<RequestClass, string> = {
  list: "GET /api/projects?… (list)",
  search: "GET /api/search?q=…",
  searchFacets: "GET /api/search?q=…&facets",
  dashboard: "GET /api/dashboard/:chart",
  analysis: "GET /api/analysis/:report",
  projectPage: "GET /api/projects/:id",
  home: "GET /api/portfolio/summary",
  edit: "PUT /api/projects/:id (edit)",
  comment: "POST /api/projects/:id/comments",
  bookmark: "PUT|DELETE /api/projects/:id/bookmark",
  workflow: "POST /api/projects/:id/transitions",
};

function countRoles(people: Person[]) {
  const counts: Record<string, number> = {};
  for (const p of people) counts[p.role] = (counts[p.role] ?? 0) + 1;
  return counts;
}

/**
 * One PM alone: edits (GET then PUT) and submissions, each returned to draft by the region's
 * reviewer between two submissions (untimed), for `--duration` seconds each.
 */
export async function runWriteCost(options: SuiteOptions): Promise<{ rows: ResultRow[]; setup: object }> {
  const { duration, warmup } = options.mixed;
  const server = await startServer(target(options), options.ports.postgres, serverEnv(options));
  const loadBefore = loadavg().map((n) => n.toFixed(2));
  try {
    const projects = await projectCount(server);
    const tally = new Tally();
    const untimed = new Tally();
    const pm: Person = { email: `pm1@${BENCH_DOMAIN}`, role: "pm", region: null };
    const home = REGION_CODES[0] as string;
    const reviewer: Person = {
      email: `reviewer.${home.toLowerCase()}@${BENCH_DOMAIN}`,
      role: "reviewer",
      region: home,
    };
    const client = new Client(server.url, await signInSession(server.url, pm.email), pm, tally, seeded(1));
    client.onlyRegion = home;
    const returner = new Client(
      server.url,
      await signInSession(server.url, reviewer.email),
      reviewer,
      untimed,
      seeded(2),
    );
    await client.prepare(projects);
    const once = async (kind: "edit" | "workflow") => {
      const submitted = await client.writeOnce(kind);
      if (!submitted) return;
      // The reviewer sends it back (untimed), so that pm1 never runs out of drafts to submit.
      if (!client.moved) return;
      const returned = await returner.step(submitted);
      if (returned && returner.moved) client.giveBack(returned);
    };
    for (const kind of ["edit", "workflow"] as const) {
      tally.recording = false;
      const warmEnd = performance.now() + warmup * 1000;
      while (performance.now() < warmEnd) await once(kind);
      tally.recording = true;
      const end = performance.now() + duration * 1000;
      while (performance.now() < end) await once(kind);
      tally.recording = false;
    }
    const errors = (cls: RequestClass) => tally.errors.get(cls) ?? 0;
    const rows: ResultRow[] = [
      row("edit: PUT /api/projects/:id, 1 client", tally.times.get("edit"), duration, errors("edit")),
      row("workflow step: submit, 1 client", tally.times.get("workflow"), duration, errors("workflow")),
      row("  project page read before each (GET)", tally.times.get("projectPage"), 2 * duration),
      { name: "retries after a 409", value: tally.retries, unit: "" },
      { name: "submissions refused by fund rules (422)", value: tally.refused, unit: "" },
    ];
    return {
      rows,
      setup: {
        database: options.mixed.database,
        clients: 1,
        user: pm.email,
        duration,
        warmup,
        projects,
        errorStatuses: Object.fromEntries(tally.statuses),
        loadavg1_5_15: {
          before: loadBefore.join(" "),
          after: loadavg()
            .map((n) => n.toFixed(2))
            .join(" "),
        },
      },
    };
  } finally {
    await server.stop();
  }
}

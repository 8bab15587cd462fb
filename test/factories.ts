/** Factories, not fixtures: each test builds the people and projects it talks about. */
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { ProjectStatus } from "../src/domain/lifecycle";
import type { ProjectInput } from "../src/domain/project";
import type { Role } from "../src/domain/roles";
import { hashPassword } from "../src/server/auth/passwords";
import type { Db } from "../src/server/db/client";
import { projects, users } from "../src/server/db/schema";
import type { TestApp } from "./testApp";

export const TEST_PASSWORD = "correct horse battery";
let passwordHash: Promise<string> | null = null;

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  region: string | null;
}

export async function buildUser(db: Db, role: Role, region: string | null = null): Promise<TestUser> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email = `${role}.${randomBytes(4).toString("hex")}@test.example.org`;
  const [user] = await db
    .insert(users)
    .values({ email, name: `Test ${role}`, role, regionCode: region, passwordHash: await passwordHash })
    .returning({ id: users.id });
  if (!user) throw new Error("no user");
  return { id: user.id, email, role, region };
}

export interface Session {
  user: TestUser;
  headers: { cookie: string; "x-csrf-token": string };
}

export async function signIn(test: TestApp, user: TestUser): Promise<Session> {
  const response = await test.app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { email: user.email, password: TEST_PASSWORD },
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === "prima_session");
  if (!cookie) throw new Error("no session cookie");
  return {
    user,
    headers: { cookie: `prima_session=${cookie.value}`, "x-csrf-token": response.json().csrfToken },
  };
}

/** A complete, valid proposal in West and Central Africa (Ghana); override what a test is about. */
export function projectInput(overrides: Partial<ProjectInput> = {}): ProjectInput {
  return {
    title: "Strengthening labour migration governance in Ghana",
    summary: "Supports the Ministry of Employment with labour migration policy and data.",
    objective: "Labour migration in Ghana is governed by evidence-based policy.",
    type: "national",
    countries: ["GHA"],
    fundingYear: 2026,
    fundLine: "L2",
    requestedBudget: "180000.00",
    plannedStart: "2026-07-01",
    plannedEnd: "2027-12-31",
    areaShares: [
      { code: "LHD", percent: 70 },
      { code: "MPR", percent: 30 },
    ],
    activityShares: [
      { code: "RES", percent: 40 },
      { code: "TRN", percent: 60 },
    ],
    beneficiaries: [{ type: "GOV", sex: "all", ageGroup: "adults", number: 120 }],
    strategyPoints: [1, 5],
    migof: ["P1", "O1"],
    genderMarker: "2a",
    ...overrides,
  };
}

export async function createProjectAs(
  test: TestApp,
  session: Session,
  overrides: Partial<ProjectInput> = {},
) {
  const response = await test.app.inject({
    method: "POST",
    url: "/api/projects",
    headers: session.headers,
    payload: projectInput(overrides),
  });
  if (response.statusCode !== 201) throw new Error(`create failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** Fires a life-cycle transition over HTTP with the project's current version. */
export async function fire(
  test: TestApp,
  session: Session,
  projectId: string,
  transition: string,
  extra: Record<string, unknown> = {},
) {
  const current = await test.app.inject({
    method: "GET",
    url: `/api/projects/${projectId}`,
    headers: session.headers,
  });
  const version = current.statusCode === 200 ? current.json().version : 1;
  return test.app.inject({
    method: "POST",
    url: `/api/projects/${projectId}/transitions`,
    headers: session.headers,
    payload: { transition, version, ...extra },
  });
}

/** Puts a project straight into a status (test set-up only: the API never skips steps). */
export async function setStatus(db: Db, projectId: string, status: ProjectStatus) {
  await db.update(projects).set({ status }).where(eq(projects.id, projectId));
}

/**
 * The accounts of a generated portfolio: enough project managers for a large fund (each with a
 * home region), one reviewer per region, three fund managers, viewers (one for the whole
 * portfolio, one for a region) and an administrator. All share the password BENCH_PASSWORD.
 */
import { hash } from "@node-rs/argon2";
import type { users } from "../../src/server/db/schema";
import { REGION_CODES, type RegionCode } from "../../src/server/db/seed/reference/regions";
import { createBenchRandom } from "./random";

export const BENCH_PASSWORD = "bench-pass";
export const BENCH_DOMAIN = "bench.example.org";
export const BENCH_FUND_MANAGER_EMAIL = `fund@${BENCH_DOMAIN}`;
export const BENCH_REGIONAL_VIEWER_EMAIL = `viewer.wca@${BENCH_DOMAIN}`;

// biome-ignore format: word lists read better in lines
const FIRST_NAMES = [
  "Amina", "Bruno", "Chiara", "Daniel", "Esi", "Farid", "Grace", "Hugo", "Ines", "Jamal", "Kofi", "Leila",
  "Mateo", "Nadia", "Oscar", "Priya", "Quentin", "Rania", "Samuel", "Tariq", "Ursula", "Valeria", "Wei",
  "Ximena", "Yusuf", "Zainab", "Ahmed", "Beatriz", "Chen", "Dilnoza", "Emeka", "Fatou", "Gustavo", "Hana",
];
// biome-ignore format: word lists read better in lines
const LAST_NAMES = [
  "Abebe", "Banda", "Castro", "Diop", "Espinoza", "Fofana", "García", "Haddad", "Ivanova", "Jallow",
  "Khan", "Lopes", "Mwangi", "Nguyen", "Okonkwo", "Petrov", "Quispe", "Rahimi", "Sow", "Tembo", "Usmani",
  "Vargas", "Wanjiku", "Xu", "Yilmaz", "Zulu", "Alvarado", "Bakari", "Cissé", "Dlamini", "Eze", "Flores",
];

export interface BenchUser {
  id: string;
  email: string;
  name: string;
  role: "pm" | "reviewer" | "fund_manager" | "viewer" | "admin";
  regionCode: RegionCode | null;
  /** Where a PM's projects are. */
  homeRegion: RegionCode | null;
}

export interface BenchPeople {
  all: BenchUser[];
  pmsByRegion: Map<RegionCode, BenchUser[]>;
  reviewerByRegion: Map<RegionCode, BenchUser>;
  fundManagers: [BenchUser, ...BenchUser[]];
  viewers: BenchUser[];
}

/** About one PM per 200 projects, at least two per region. */
export function pmCount(projects: number): number {
  return Math.max(REGION_CODES.length * 2, Math.min(600, Math.round(projects / 200)));
}

export function planPeople(seed: number, projects: number): BenchPeople {
  const random = createBenchRandom(seed, 0x7fffffff);
  const all: BenchUser[] = [];
  const user = (
    email: string,
    role: BenchUser["role"],
    regionCode: RegionCode | null,
    home: RegionCode | null,
  ) => {
    const made: BenchUser = {
      id: random.uuid(),
      email,
      name: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
      role,
      regionCode,
      homeRegion: home,
    };
    all.push(made);
    return made;
  };
  const fundManagers: [BenchUser, ...BenchUser[]] = [
    user(BENCH_FUND_MANAGER_EMAIL, "fund_manager", null, null),
    user(`fund2@${BENCH_DOMAIN}`, "fund_manager", null, null),
    user(`fund3@${BENCH_DOMAIN}`, "fund_manager", null, null),
  ];
  const viewers = [
    user(`viewer@${BENCH_DOMAIN}`, "viewer", null, null),
    user(BENCH_REGIONAL_VIEWER_EMAIL, "viewer", "WCA", null),
  ];
  user(`admin@${BENCH_DOMAIN}`, "admin", null, null);
  const reviewerByRegion = new Map<RegionCode, BenchUser>();
  for (const region of REGION_CODES) {
    reviewerByRegion.set(
      region,
      user(`reviewer.${region.toLowerCase()}@${BENCH_DOMAIN}`, "reviewer", region, region),
    );
  }
  const pmsByRegion = new Map<RegionCode, BenchUser[]>(REGION_CODES.map((region) => [region, []]));
  const count = pmCount(projects);
  for (let n = 1; n <= count; n++) {
    const home = REGION_CODES[(n - 1) % REGION_CODES.length] as RegionCode;
    pmsByRegion.get(home)?.push(user(`pm${n}@${BENCH_DOMAIN}`, "pm", null, home));
  }
  return { all, pmsByRegion, reviewerByRegion, fundManagers, viewers };
}

/** A fixed salt keeps the generated rows identical from run to run (this is test data). */
export function benchPasswordHash(seed: number): Promise<string> {
  const salt = new Uint8Array(16).map((_, i) => (seed * 31 + i * 17) & 0xff);
  return hash(BENCH_PASSWORD, { salt });
}

export function userRows(people: BenchPeople, passwordHash: string): (typeof users.$inferInsert)[] {
  return people.all.map(({ homeRegion: _home, ...user }) => ({
    ...user,
    passwordHash,
    createdAt: new Date("2014-01-06T08:00:00Z"),
  }));
}

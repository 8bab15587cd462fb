/**
 * The people of the demo: one account per role that the documentation and the end-to-end tests
 * sign in with, and named colleagues so that lists, filters and histories look lived in.
 * PMs carry no region in the database (a PM's scope is their projects); `regions` only says
 * where the demo gives them projects.
 */
import type { Role } from "../../../../domain/roles";
import type { RegionCode } from "../reference/regions";

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  /** Stored region: the reviewer's region. */
  regionCode: RegionCode | null;
  /** Regions where a PM manages demo projects. */
  regions: readonly RegionCode[];
}

/** The region with the most demo projects, reviewed by reviewer@example.org. */
export const DEMO_REVIEWER_REGION: RegionCode = "WCA";

export const DEMO_PM_EMAIL = "pm@example.org";
export const DEMO_ALT_PM_EMAIL = "alt.pm@example.org";
export const DEMO_FUND_MANAGER_EMAIL = "fund@example.org";

const pm = (email: string, name: string, ...regions: RegionCode[]): DemoUser => ({
  email,
  name,
  role: "pm",
  regionCode: null,
  regions,
});
const reviewer = (email: string, name: string, region: RegionCode): DemoUser => ({
  email,
  name,
  role: "reviewer",
  regionCode: region,
  regions: [region],
});

export const DEMO_USERS: readonly DemoUser[] = [
  pm(DEMO_PM_EMAIL, "Paula Mensah", "WCA", "EHA", "MENA", "AP", "CNC"),
  pm(DEMO_ALT_PM_EMAIL, "Tomás Álvarez", "WCA", "SAM"),
  reviewer("reviewer@example.org", "Rokia Traoré", DEMO_REVIEWER_REGION),
  {
    email: DEMO_FUND_MANAGER_EMAIL,
    name: "Fiona Brennan",
    role: "fund_manager",
    regionCode: null,
    regions: [],
  },
  { email: "viewer@example.org", name: "Victor Okafor", role: "viewer", regionCode: null, regions: [] },
  { email: "admin@example.org", name: "Ada Lindqvist", role: "admin", regionCode: null, regions: [] },
  {
    email: "henrik.larsen@example.org",
    name: "Henrik Larsen",
    role: "fund_manager",
    regionCode: null,
    regions: [],
  },

  reviewer("reviewer.saf@example.org", "Nomvula Dlamini", "SAF"),
  reviewer("reviewer.eha@example.org", "Hassan Abdi Farah", "EHA"),
  reviewer("reviewer.cnc@example.org", "Gabriela Castillo", "CNC"),
  reviewer("reviewer.sam@example.org", "Martín Gómez", "SAM"),
  reviewer("reviewer.mena@example.org", "Nadia El-Sayed", "MENA"),
  reviewer("reviewer.ap@example.org", "Priya Raman", "AP"),
  reviewer("reviewer.eea@example.org", "Sophie Dubois", "EEA"),
  reviewer("reviewer.seeca@example.org", "Ana Petrović", "SEECA"),

  pm("thandiwe.nkosi@example.org", "Thandiwe Nkosi", "SAF"),
  pm("tendai.moyo@example.org", "Tendai Moyo", "SAF"),
  pm("lerato.molefe@example.org", "Lerato Molefe", "SAF"),
  pm("wanjiru.kamau@example.org", "Wanjiru Kamau", "EHA"),
  pm("dawit.bekele@example.org", "Dawit Bekele", "EHA"),
  pm("aminata.diallo@example.org", "Aminata Diallo", "WCA"),
  pm("ibrahim.ouedraogo@example.org", "Ibrahim Ouédraogo", "WCA"),
  pm("chinedu.okeke@example.org", "Chinedu Okeke", "WCA"),
  pm("lucia.hernandez@example.org", "Lucía Hernández", "CNC"),
  pm("marie-claire.joseph@example.org", "Marie-Claire Joseph", "CNC"),
  pm("carlos.mejia@example.org", "Carlos Mejía", "CNC"),
  pm("valentina.rojas@example.org", "Valentina Rojas", "SAM"),
  pm("joaquin.silva@example.org", "Joaquín Silva", "SAM"),
  pm("layla.haddad@example.org", "Layla Haddad", "MENA"),
  pm("omar.benali@example.org", "Omar Benali", "MENA"),
  pm("youssef.mansour@example.org", "Youssef Mansour", "MENA"),
  pm("lan.nguyen@example.org", "Lan Nguyen", "AP"),
  pm("arjun.sharma@example.org", "Arjun Sharma", "AP"),
  pm("siti.rahman@example.org", "Siti Rahman", "AP"),
  pm("elena.popescu@example.org", "Elena Popescu", "EEA"),
  pm("jan.kowalski@example.org", "Jan Kowalski", "EEA"),
  pm("aigerim.bekova@example.org", "Aigerim Bekova", "SEECA"),
  pm("giorgi.beridze@example.org", "Giorgi Beridze", "SEECA"),
  pm("olena.kovalenko@example.org", "Olena Kovalenko", "SEECA"),
];

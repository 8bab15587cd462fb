/**
 * Words for demo results matrices and workplans, per area of work: outcomes with their outputs,
 * indicators (unit, baseline, how far the project means to move it, means of verification) and
 * assumptions, and the milestones such a project plans. "{place}" is replaced by the countries
 * or region covered.
 */
import type { AreaOfWorkCode } from "../reference/areasOfWork";

export interface IndicatorTemplate {
  name: string;
  unit: string;
  /** Range the baseline is drawn from. */
  baseline: readonly [number, number];
  /** Range of the change the project aims for: target = baseline + change (negative: a reduction). */
  change: readonly [number, number];
  meansOfVerification: string;
}

export interface OutputTemplate {
  statement: string;
  indicators: readonly IndicatorTemplate[];
}

export interface OutcomeTemplate {
  statement: string;
  assumptions: string;
  indicators: readonly IndicatorTemplate[];
  outputs: readonly OutputTemplate[];
}

export interface AreaResults {
  objectiveIndicators: readonly IndicatorTemplate[];
  objectiveAssumptions: readonly string[];
  outcomes: readonly OutcomeTemplate[];
  milestones: readonly string[];
}

const count = (name: string, unit: string, change: [number, number], mov: string): IndicatorTemplate => ({
  name,
  unit,
  baseline: [0, 0],
  change,
  meansOfVerification: mov,
});
const share = (
  name: string,
  baseline: [number, number],
  change: [number, number],
  mov: string,
): IndicatorTemplate => ({ name, unit: "%", baseline, change, meansOfVerification: mov });
const outcome = (
  statement: string,
  assumptions: string,
  indicators: IndicatorTemplate[],
  outputs: OutputTemplate[],
): OutcomeTemplate => ({ statement, assumptions, indicators, outputs });
const output = (statement: string, ...indicators: IndicatorTemplate[]): OutputTemplate => ({
  statement,
  indicators,
});

const TRAINED = (who: string) =>
  count(`Number of ${who} trained`, "people", [40, 240], "Attendance lists and pre- and post-training tests");

// biome-ignore format: one line per indicator or output reads like the matrix it becomes
export const AREA_RESULTS: Record<AreaOfWorkCode, AreaResults> = {
  LHD: {
    objectiveIndicators: [
      share("Share of migrant workers from {place} recruited through regulated channels", [20, 40], [15, 30], "Labour migration information system; recruitment agency returns"),
      share("Average cost of sending remittances to {place}", [7, 10], [-4, -2], "Remittance price survey"),
    ],
    objectiveAssumptions: [
      "Labour market demand in the main countries of destination remains stable.",
      "The Government of {place} keeps labour mobility among its development priorities.",
    ],
    outcomes: [
      outcome("The Government of {place} governs labour migration through an adopted policy and regulated recruitment.", "Ministries agree on the lead institution for labour migration.", [
        count("Labour migration policies and regulations adopted", "policies", [1, 3], "Official gazette"),
        share("Share of licensed recruitment agencies inspected each year", [5, 20], [25, 45], "Labour inspectorate reports"),
      ], [
        output("A national labour migration policy is drafted and validated with social partners.", count("Policy drafts validated in tripartite workshops", "policies", [1, 2], "Workshop reports")),
        output("Labour officials apply ethical recruitment standards.", TRAINED("labour officials and inspectors")),
        output("Bilateral labour mobility agreements are negotiated with countries of destination.", count("Bilateral labour agreements drafted or signed", "agreements", [1, 3], "Signed agreements; negotiation minutes")),
      ]),
      outcome("Migrant workers from {place} migrate informed, with recognized skills, and benefit from their remittances.", "Employers in countries of destination recognize certified skills.", [
        count("Migrant workers whose skills were certified before departure", "people", [150, 900], "Skills recognition certificates issued"),
        share("Share of surveyed households using a formal remittance channel", [30, 50], [10, 25], "Household survey"),
      ], [
        output("A skills recognition mechanism is set up with the national training authority.", count("Occupations covered by skills recognition standards", "occupations", [3, 12], "Qualification framework")),
        output("Pre-departure orientation reaches prospective migrant workers.", count("Prospective migrant workers given pre-departure orientation", "people", [300, 2400], "Orientation registers")),
        output("Households receive financial literacy training on remittances.", count("Household members trained in financial literacy", "people", [200, 1500], "Training records")),
      ]),
      outcome("The diaspora of {place} contributes skills and investment to national development.", "Diaspora associations remain willing to engage with national institutions.", [
        count("Diaspora professionals engaged in short-term assignments", "people", [10, 60], "Assignment contracts and reports"),
        count("Diaspora investment projects registered", "projects", [3, 20], "Investment promotion agency records"),
      ], [
        output("A diaspora engagement strategy is developed.", count("Diaspora mapping reports published", "reports", [1, 2], "Published mapping")),
        output("A diaspora desk operates in the ministry in charge.", count("Diaspora queries handled by the desk", "queries", [100, 600], "Desk logbook")),
      ]),
    ],
    milestones: ["Labour migration situation analysis completed", "Tripartite validation workshop on the draft policy", "Skills recognition pilot launched", "Pre-departure orientation curriculum adopted", "Remittance price survey published"],
  },
  MH: {
    objectiveIndicators: [
      share("Share of migrants in target areas with access to primary health care", [25, 45], [15, 30], "Health facility records; migrant health survey"),
      count("Health policies of {place} that address migrants' needs", "policies", [1, 3], "Policy documents"),
    ],
    objectiveAssumptions: [
      "Health authorities in {place} keep migrant health on their agenda despite competing priorities.",
      "No major outbreak diverts health staff from routine services.",
    ],
    outcomes: [
      outcome("Health services in target areas of {place} are migrant-sensitive and accessible.", "Health facilities retain trained staff.", [
        count("Migrants who received health services through the project", "people", [500, 4000], "Health facility registers"),
        share("Share of health workers applying migrant-sensitive care protocols", [10, 25], [30, 50], "Supervision checklists"),
      ], [
        output("Health workers are trained in migrant-sensitive care.", TRAINED("health workers")),
        output("Health screening and referral are offered at migrant resource points.", count("Migrants screened at resource points", "people", [400, 3000], "Health screening records")),
        output("Community health volunteers inform migrants about available services.", count("Migrants reached by community health sessions", "people", [600, 5000], "Session reports")),
      ]),
      outcome("Disease surveillance at points of entry covers mobile populations.", "Border and health authorities share information.", [
        count("Points of entry applying standard operating procedures for public health events", "points of entry", [2, 8], "Assessment reports"),
        share("Share of alerts at points of entry investigated within 48 hours", [20, 40], [30, 45], "Surveillance system data"),
      ], [
        output("Standard operating procedures for public health at points of entry are developed.", count("Standard operating procedures validated", "procedures", [1, 4], "Validated procedures")),
        output("Points of entry are equipped for health screening and isolation.", count("Points of entry equipped", "points of entry", [2, 6], "Handover certificates")),
      ]),
      outcome("National health policies and data systems include migrants.", "The health information system can be adapted.", [
        count("Health information system forms that record migration status", "forms", [1, 5], "System documentation"),
      ], [
        output("A migrant health assessment informs the national health strategy.", count("Assessment reports published", "reports", [1, 2], "Published report")),
        output("Health planners are trained in using migration data.", TRAINED("health planners")),
      ]),
    ],
    milestones: ["Migrant health needs assessment completed", "Health worker training curriculum validated", "Points of entry assessment completed", "Health screening services opened at migrant resource points", "National consultation on migrant health held"],
  },
  IBM: {
    objectiveIndicators: [
      share("Share of border crossing points of {place} with connected data systems", [10, 30], [20, 40], "Border management information system reports"),
      count("Integrated border management strategies adopted", "policies", [1, 2], "Official gazette"),
    ],
    objectiveAssumptions: [
      "Border agencies of {place} and neighbouring countries continue to cooperate.",
      "The security situation allows access to border areas.",
    ],
    outcomes: [
      outcome("Border officials of {place} manage borders in a coordinated and rights-based way.", "Trained officials stay in border posts.", [
        share("Share of border officials applying rights-based procedures", [15, 30], [30, 50], "Observation checklists"),
        count("Joint inter-agency border operations conducted", "operations", [4, 20], "Operation reports"),
      ], [
        output("Border officials are trained in integrated border management and protection.", TRAINED("border officials")),
        output("Inter-agency coordination committees meet regularly.", count("Coordination committee meetings held", "meetings", [6, 24], "Minutes")),
        output("Referral procedures for vulnerable migrants at the border are adopted.", count("Referral procedures adopted", "procedures", [1, 3], "Signed procedures")),
      ]),
      outcome("Border crossing points collect and share reliable data on migration flows.", "Power and connectivity are available at border posts.", [
        count("Border crossing points equipped with data systems", "border posts", [2, 10], "Handover certificates"),
        share("Share of travellers registered electronically at equipped posts", [20, 40], [30, 50], "System statistics"),
      ], [
        output("Border posts are equipped with registration systems.", count("Registration systems installed", "systems", [2, 10], "Installation reports")),
        output("Data analysts produce regular border statistics.", count("Statistical bulletins published", "reports", [2, 8], "Published bulletins")),
      ]),
      outcome("Travel documents of {place} meet international security standards.", "Funding for document production is secured by the Government.", [
        count("Document examination laboratories operational", "laboratories", [1, 3], "Inspection reports"),
      ], [
        output("Document examiners are trained in fraud detection.", TRAINED("document examiners")),
        output("A document examination laboratory is set up.", count("Laboratories equipped", "laboratories", [1, 2], "Handover certificates")),
      ]),
    ],
    milestones: ["Border assessment mission completed", "Equipment delivered to border posts", "Training of trainers for border officials", "Inter-agency standard operating procedures adopted", "Regional cross-border coordination meeting held"],
  },
  MA: {
    objectiveIndicators: [
      count("Migrants in vulnerable situations assisted in {place}", "people", [150, 1200], "Case management system"),
      share("Share of returnees reporting sustainable reintegration after 12 months", [30, 45], [15, 30], "Reintegration sustainability survey"),
    ],
    objectiveAssumptions: [
      "Government services in {place} take over case management after the project.",
      "Returns remain voluntary and safe.",
    ],
    outcomes: [
      outcome("Victims of trafficking and vulnerable migrants in {place} are identified and referred to services.", "Service providers accept referrals from the mechanism.", [
        count("Victims of trafficking identified and referred", "people", [30, 300], "National referral mechanism records"),
        share("Share of referred cases receiving assistance within 72 hours", [20, 40], [30, 50], "Case files"),
      ], [
        output("A national referral mechanism is operational.", count("Service providers signing the referral protocol", "organizations", [5, 25], "Signed protocol")),
        output("Frontline workers are trained in the identification of victims.", TRAINED("frontline workers")),
        output("Communities are informed about the risks of trafficking.", count("People reached by awareness sessions", "people", [1000, 8000], "Session reports")),
      ]),
      outcome("Returning migrants reintegrate sustainably in their communities.", "Local labour markets can absorb returnees' businesses.", [
        count("Returnees who received reintegration assistance", "people", [80, 600], "Reintegration case files"),
        share("Share of supported micro-businesses still active after 6 months", [40, 55], [15, 30], "Follow-up monitoring visits"),
      ], [
        output("Returnees receive counselling and a reintegration plan.", count("Reintegration plans agreed with returnees", "plans", [80, 600], "Case management system")),
        output("Community-based reintegration projects are implemented.", count("Community reintegration projects completed", "projects", [3, 15], "Project completion reports")),
        output("Psychosocial support is available to returnees.", count("Returnees who received psychosocial support", "people", [50, 400], "Counselling records")),
      ]),
      outcome("Children on the move are protected.", "Child protection authorities have staff in border areas.", [count("Unaccompanied children placed in appropriate care", "people", [20, 150], "Child protection case files")], [
        output("Standard procedures for unaccompanied children are adopted.", count("Procedures adopted", "procedures", [1, 2], "Adopted procedures")),
        output("Social workers are trained in best-interest assessments.", TRAINED("social workers")),
      ]),
    ],
    milestones: ["Referral mechanism mapping completed", "Shelter staff trained", "Reintegration counselling desk opened", "Awareness campaign launched", "Case management system handed over to the ministry"],
  },
  MPR: {
    objectiveIndicators: [
      count("Migration policies of {place} adopted on the basis of evidence", "policies", [1, 3], "Official gazette; policy documents"),
      share("Share of SDG 10.7 indicators {place} can report on", [10, 30], [25, 45], "Voluntary national review"),
    ],
    objectiveAssumptions: [
      "Political commitment to a whole-of-government approach to migration continues.",
      "National statistics offices keep staff assigned to migration data.",
    ],
    outcomes: [
      outcome("The Government of {place} adopts a comprehensive migration policy.", "Elections do not delay the adoption process.", [
        count("Migration policies submitted for adoption", "policies", [1, 2], "Cabinet submissions"),
        count("Ministries taking part in the inter-ministerial coordination mechanism", "ministries", [4, 12], "Minutes"),
      ], [
        output("An inter-ministerial coordination mechanism on migration meets regularly.", count("Coordination meetings held", "meetings", [4, 16], "Minutes")),
        output("Policy makers are trained in migration governance and international migration law.", TRAINED("policy makers")),
        output("National consultations on the draft policy are held.", count("Consultations held in the regions", "consultations", [2, 8], "Consultation reports")),
      ]),
      outcome("Migration data are produced, shared and used for policy making.", "Institutions agree on data-sharing protocols.", [
        count("Institutions sharing migration data through the agreed protocol", "institutions", [3, 10], "Data-sharing agreements"),
        count("Migration profiles or data reports published", "reports", [1, 3], "Published reports"),
      ], [
        output("A migration profile of {place} is produced.", count("Migration profile chapters validated", "chapters", [4, 10], "Validation workshop report")),
        output("Statisticians are trained in migration data collection and analysis.", TRAINED("statisticians")),
        output("Migration questions are included in national surveys.", count("National surveys including migration questions", "surveys", [1, 3], "Survey questionnaires")),
      ]),
    ],
    milestones: ["Inter-ministerial working group established", "Migration data assessment completed", "Draft migration profile validated", "National consultation on the draft policy", "Policy submitted to the Council of Ministers"],
  },
  EPC: {
    objectiveIndicators: [
      count("Displaced people in {place} who benefited from durable solutions", "people", [500, 5000], "Displacement tracking matrix; project records"),
      share("Share of districts of {place} with a displacement contingency plan", [10, 30], [20, 40], "Contingency plans"),
    ],
    objectiveAssumptions: [
      "No new large-scale displacement overwhelms local capacities.",
      "Humanitarian access to affected areas is maintained.",
    ],
    outcomes: [
      outcome("National and local authorities in {place} prepare for and respond to displacement.", "Disaster management authorities keep trained staff.", [
        count("Contingency plans including displacement adopted", "plans", [2, 8], "Adopted plans"),
        count("Displacement tracking rounds published", "reports", [2, 6], "Displacement tracking reports"),
      ], [
        output("Officials are trained in camp coordination and camp management.", TRAINED("officials and humanitarian workers")),
        output("Displacement tracking is set up in affected districts.", count("Districts covered by displacement tracking", "districts", [3, 15], "Tracking reports")),
        output("Simulation exercises test the response plans.", count("Simulation exercises conducted", "exercises", [1, 4], "Exercise reports")),
      ]),
      outcome("Displaced people and host communities recover their livelihoods.", "Land is available for community projects.", [
        count("Displaced and host community members with restored livelihoods", "people", [200, 2000], "Post-distribution monitoring"),
        share("Share of households reporting improved relations with host communities", [30, 45], [15, 30], "Social cohesion survey"),
      ], [
        output("Community infrastructure is rehabilitated with community participation.", count("Community infrastructure projects completed", "projects", [3, 15], "Completion certificates")),
        output("Livelihood support is provided to displaced and host households.", count("Households receiving livelihood support", "households", [150, 1200], "Distribution lists")),
      ]),
    ],
    milestones: ["Rapid needs assessment completed", "First displacement tracking round published", "Contingency planning workshop held", "Community infrastructure works handed over", "Simulation exercise conducted"],
  },
  MECC: {
    objectiveIndicators: [
      count("National adaptation or disaster plans of {place} that address human mobility", "policies", [1, 3], "Policy documents"),
      count("Climate-vulnerable community members supported to adapt in place", "people", [300, 3000], "Project records"),
    ],
    objectiveAssumptions: [
      "Environment and migration authorities agree to work together.",
      "Extreme weather does not prevent access to target communities.",
    ],
    outcomes: [
      outcome("Policy makers in {place} integrate human mobility into climate change adaptation.", "The national adaptation plan is under revision during the project.", [
        count("Policy recommendations on migration and climate change taken up", "recommendations", [2, 8], "Policy documents"),
        count("Assessments on the environment and migration nexus published", "reports", [1, 3], "Published assessments"),
      ], [
        output("An assessment of environmental migration in {place} is conducted.", count("Field assessments completed", "assessments", [1, 3], "Assessment reports")),
        output("Officials are trained on migration, environment and climate change.", TRAINED("officials")),
      ]),
      outcome("Communities affected by environmental change are more resilient.", "Communities commit time to the adaptation activities.", [
        count("Community adaptation projects completed", "projects", [3, 12], "Completion reports"),
        share("Share of households with a diversified source of income", [20, 35], [15, 30], "Household survey"),
      ], [
        output("Community-based adaptation projects are designed with local authorities.", count("Adaptation plans agreed with communities", "plans", [3, 12], "Community plans")),
        output("Community members receive training in climate-resilient livelihoods.", count("Community members trained", "people", [150, 900], "Training records")),
      ]),
    ],
    milestones: ["Inception workshop with environment and migration authorities", "Field assessment completed", "Community adaptation plans agreed", "Policy dialogue on mobility and adaptation held", "Assessment report launched"],
  },
};

/** Milestones every project plans, around its area-specific ones. */
export const FIRST_MILESTONE = "Inception meeting with national counterparts held";
export const LAST_MILESTONES = [
  "Mid-term review completed",
  "Final evaluation completed",
  "Closing workshop with national counterparts",
];

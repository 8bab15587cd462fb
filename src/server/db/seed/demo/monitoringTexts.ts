/**
 * Words for demo reports and extensions: challenges, lessons learned and good practices per area
 * of work (combined with cross-cutting ones, "{place}" replaced by the countries covered), the
 * fund manager's comments, and the reasons PMs give for more time.
 */
import type { AreaOfWorkCode } from "../reference/areasOfWork";

interface ReportTexts {
  challenges: readonly string[];
  lessons: readonly string[];
  goodPractices: readonly string[];
}

export const REPORT_TEXTS: Record<AreaOfWorkCode, ReportTexts> = {
  LHD: {
    challenges: [
      "Recruitment agencies in {place} were reluctant to share data on placements abroad, which delayed the baseline on recruitment costs.",
      "The restructuring of the labour ministry in {place} postponed the validation of the labour migration policy by four months.",
      "Employers in the main countries of destination were slow to confirm which certificates they accept, holding back skills recognition.",
    ],
    lessons: [
      "Labour mobility agreements only work for migrants when the ministries of labour on both sides meet regularly; one-off negotiations in {place} produced texts that were never applied.",
      "Skills recognition has to start from the occupations employers abroad actually ask for: the first certification round in {place} trained people for jobs that were not in demand.",
      "Remittances reach development goals when families plan how to use them; financial literacy sessions for households in {place} changed saving habits more than new products did.",
      "Pre-departure orientation is most useful when returned migrant workers lead part of it: prospective migrants in {place} trusted their peers more than officials.",
      "Policy on labour mobility moves faster when employers' and workers' organizations draft it with the Government from the start rather than comment on a finished text.",
      "Data on recruitment costs collected from migrant workers themselves proved more reliable in {place} than agency returns, and gave the labour inspectorate its priorities.",
      "Bilateral labour mobility schemes with {place} filled more places when employers abroad took part in selecting candidates, instead of receiving lists from the ministry.",
      "Women migrant workers from {place} benefited from labour mobility only once domestic work was covered by the standard employment contract.",
      "Skills recognition on return matters as much as before departure: returning workers in {place} whose experience abroad was certified found jobs faster.",
      "Lowering the cost of remittances needs the central bank at the table; in {place} a regulatory change did more than any awareness campaign.",
    ],
    goodPractices: [
      "A joint skills recognition committee of the training authority and employers' associations in {place} agreed on standards for eight occupations within a year.",
      "Returned migrant workers co-facilitated pre-departure orientation in {place}, which raised attendance and made the sessions concrete.",
      "A remittance price comparison published every quarter in {place} encouraged providers to lower fees on the main corridors.",
      "The diaspora desk in {place} matched diaspora professionals with short assignments in public hospitals and universities, a model the ministry now funds itself.",
      "A tripartite working group on labour mobility met monthly in {place} and kept the policy process going through two changes of minister.",
      "Job fairs for returning migrant workers in {place} combined skills recognition, job offers and advice on investing remittances in one place.",
      "A standard employment contract for migrant workers from {place}, negotiated with the main countries of destination, is now used in all licensed recruitment.",
    ],
  },
  MH: {
    challenges: [
      "Health workers trained in {place} were frequently rotated to other facilities, so the project repeated parts of the training.",
      "An outbreak response mobilized the staff of the points of entry in {place} for several weeks and delayed the equipment handover.",
      "Some migrants in {place} avoided health facilities for fear of being reported to immigration authorities.",
    ],
    lessons: [
      "Health screening at migrant resource points in {place} was accepted by migrants once it was clearly separated from immigration procedures and offered with referral to care.",
      "Migrant health data become usable when a single field on migration status is added to existing forms rather than creating a parallel system.",
      "Training health workers on migrant-sensitive care sticks when supervisors use the same checklist in their routine visits to facilities in {place}.",
      "Points of entry are better prepared for public health events when border and health officials train together and share one contact list.",
      "Community health volunteers from migrant communities in {place} reached people that facility-based services never saw.",
      "Health screening of departing migrant workers in {place} was more useful when results were shared with the worker and linked to treatment, not only to fitness to travel.",
      "Continuity of care across borders needs a patient-held record; migrants moving through {place} often had to restart treatment at every clinic.",
    ],
    goodPractices: [
      "Mobile clinics offering health screening along the migration corridor in {place} referred migrants to public facilities instead of running a parallel service.",
      "Joint simulation exercises for health and border officials at the main points of entry in {place} tested the referral chain end to end.",
      "The ministry of health in {place} included the migrant health module in the national pre-service curriculum for nurses.",
      "Interpreters trained as cultural mediators accompanied migrants in two referral hospitals in {place}, cutting missed appointments.",
      "A migrant health working group chaired by the ministry in {place} now reviews the health information system's data every quarter.",
      "Pre-departure health screening and health education for labour migrants from {place} were combined in one session, which cut waiting times by half.",
    ],
  },
  IBM: {
    challenges: [
      "Customs clearance of the border equipment for {place} took five months and compressed the installation schedule.",
      "Unstable power supply at remote border posts in {place} interrupted the registration systems.",
      "Turnover among border officials in {place} meant that a third of those trained had moved to other posts by the end of the period.",
    ],
    lessons: [
      "Border equipment is used when officials are trained on it before it arrives and when maintenance is budgeted by the Government from the first year.",
      "Rights-based border management needs referral procedures that name who takes over a vulnerable migrant; training alone did not change practice at the border posts of {place}.",
      "Cross-border meetings at the level of border post commanders solved more practical problems than high-level meetings in the capitals.",
      "Data from border posts in {place} became useful for planning once the statistics office was involved in defining the indicators.",
      "Including women officers in training and deployment improved the screening of women and children at the border.",
      "Sharing border crossing data with the statistics office of {place} turned administrative records into evidence for policy.",
    ],
    goodPractices: [
      "A training of trainers created a pool of border officials in {place} who now run the induction course of the border police academy.",
      "Solar power kits installed with the registration systems kept remote border posts in {place} connected.",
      "Standard operating procedures for the referral of vulnerable migrants were signed jointly by border police, social services and health authorities in {place}.",
      "A monthly statistical bulletin on border crossings in {place} is now produced by the border agency without outside support.",
    ],
  },
  MA: {
    challenges: [
      "The security situation in parts of {place} prevented follow-up visits to some returnees.",
      "Shelters in {place} were full during the peak season, and some victims of trafficking waited for a place.",
      "Prices of raw materials rose sharply in {place}, raising the cost of the returnees' business plans.",
    ],
    lessons: [
      "Return and reintegration is sustainable when economic, social and psychosocial support are planned together; returnees in {place} who only received a business grant struggled most.",
      "Community-based reintegration projects reduced tensions between returnees and their communities in {place} better than individual support alone.",
      "A national referral mechanism works once each service provider knows its role and has a named focal point; a signed protocol alone was not enough.",
      "Case management data must be owned by the ministry from the start, or the system ends with the project.",
      "Awareness campaigns on trafficking in {place} were most effective when delivered by survivors and local radio in local languages.",
      "Planning return and reintegration with the municipality of return in {place} before departure made referrals to local services far quicker.",
      "Reintegration grants in kind worked better than cash in {place} where markets were thin, but returnees needed a say in what they received.",
    ],
    goodPractices: [
      "Reintegration counsellors in {place} agreed each returnee's plan with local employers and microfinance institutions before the grant was paid.",
      "Returnees in {place} were paired with mentors from their community for the first six months after return.",
      "The referral mechanism's hotline in {place} is staffed by the ministry of social affairs and open around the clock.",
      "Follow-up surveys of returnees at 6 and 12 months gave {place} evidence on return and reintegration outcomes that now shapes national guidelines.",
      "Child protection officers joined the border teams in {place} so that unaccompanied children were referred on the day they were identified.",
      "A return and reintegration working group of government, NGOs and the private sector in {place} meets monthly to review difficult cases.",
    ],
  },
  MPR: {
    challenges: [
      "Elections in {place} slowed the inter-ministerial process for several months.",
      "Ministries in {place} were reluctant to share administrative data without a formal agreement.",
      "The national statistics office in {place} lost two of the statisticians trained by the project.",
    ],
    lessons: [
      "Migration data are shared when each institution sees what it gets back; data-sharing agreements in {place} were signed once a joint dashboard was offered in return.",
      "A migration policy is owned by the Government when ministries draft it themselves with technical support rather than receive a consultant's text.",
      "Regional consultations outside the capital of {place} brought in local authorities who later became the policy's strongest supporters.",
      "Adding a few migration questions to an existing national survey was cheaper and more sustainable than a stand-alone migration survey.",
      "An inter-ministerial mechanism needs a secretariat with its own budget line; meetings stopped whenever the lead ministry changed priorities.",
      "Administrative data already held by ministries in {place} answered most policy questions; new surveys were needed only for what those data could not show.",
      "Disaggregating migration data by sex and age from the start made the gender analysis of the policy possible in {place}.",
    ],
    goodPractices: [
      "The migration profile of {place} is updated by a technical working group of the statistics office and line ministries, with a short public summary each year.",
      "A data-sharing protocol in {place} lets the statistics office publish migration indicators for SDG target 10.7.",
      "Policy makers in {place} took part in a peer exchange with a neighbouring country that had adopted its migration policy two years earlier.",
      "Draft chapters of the migration policy were discussed in regional consultations and revised publicly, which sped up adoption in {place}.",
      "An open data portal of the statistics office of {place} publishes migration data every quarter with the methods used.",
    ],
  },
  EPC: {
    challenges: [
      "Flooding cut access roads to two target districts of {place} for several weeks.",
      "New displacement in {place} shifted the attention of local authorities from preparedness to response.",
      "Insecurity in some camps of {place} limited the presence of project staff.",
    ],
    lessons: [
      "Displacement tracking data are used in planning when local authorities collect them themselves and see them published quickly.",
      "Contingency plans that were tested in simulation exercises were the ones applied when displacement actually happened in {place}.",
      "Livelihood support for host communities as well as displaced families prevented tensions over resources in {place}.",
      "Community participation in choosing infrastructure projects made maintenance after handover far more likely.",
      "Displacement data shared within days of a flood in {place} let partners target aid to the districts that needed it most.",
    ],
    goodPractices: [
      "District disaster committees in {place} publish a displacement update after each tracking round, used by all humanitarian partners.",
      "Simulation exercises brought together the army, civil protection and humanitarian partners in {place} and revealed gaps in the evacuation plans.",
      "Cash-for-work on community infrastructure employed displaced people and host community members side by side in {place}.",
      "Camp committees with equal numbers of women and men in {place} improved the planning of services.",
    ],
  },
  MECC: {
    challenges: [
      "Drought in {place} led some target households to move away before the adaptation activities started.",
      "Environment and migration authorities in {place} disagreed on which ministry should lead the policy dialogue.",
      "Limited data on slow-onset environmental change in {place} made the assessment rely on community accounts.",
    ],
    lessons: [
      "Human mobility enters climate adaptation plans when environment ministries see migration as an adaptation strategy and not only as a failure to adapt.",
      "Community adaptation plans in {place} worked when they combined new livelihoods with safe options for those who decided to move.",
      "Field assessments that combined satellite data with community interviews gave policy makers in {place} evidence they trusted.",
      "Remittances from family members working elsewhere financed much of the households' adaptation in {place}, and deserve a place in adaptation planning.",
      "Seasonal labour mobility helped households in {place} through droughts when it was safe and regular, and harmed them when it relied on smugglers.",
    ],
    goodPractices: [
      "A national working group on migration, environment and climate change in {place} now reviews adaptation plans for their mobility dimension.",
      "Communities in {place} mapped their own environmental risks and agreed on adaptation projects with local authorities.",
      "Training on climate-resilient livelihoods in {place} was given by farmers from neighbouring districts who had already adapted.",
    ],
  },
};

/** Lessons and practices that hold whatever the area of work. */
export const CROSS_CUTTING: ReportTexts = {
  challenges: [
    "Exchange rate fluctuations reduced the value of the budget in local currency.",
    "Procurement took longer than planned because few suppliers met the requirements.",
    "Government counterparts changed during the period, and the project briefed the new team.",
    "Heavy rains made field work impossible for several weeks.",
    "Staff recruitment for the project took three months longer than planned.",
  ],
  lessons: [
    "Agreeing on the indicators and means of verification with the Government at inception saved time at every report.",
    "Budgeting for data collection from the start made the final evaluation possible without extra funds.",
    "Women's participation in trainings rose once sessions were held closer to home and childcare was offered.",
    "A steering committee chaired by the Government kept national ownership strong throughout implementation.",
    "Working through existing national coordination mechanisms was slower at first but made the results last.",
    "Short, regular progress meetings with counterparts solved problems before they delayed activities.",
  ],
  goodPractices: [
    "Monitoring visits were carried out jointly with government counterparts, who now use the same tools.",
    "All training materials were handed over to the national training institution, which now runs the courses.",
    "Sex- and age-disaggregated data were collected for every activity, which made the gender analysis of results straightforward.",
    "A results-based exit strategy was agreed with the Government a year before the end of the project.",
    "Lessons from the project were shared with other country offices of the region in a webinar.",
  ],
};

/** Why the fund manager sends a report back. */
export const RETURN_COMMENTS = [
  "Please report the indicator values to date, not for the period only.",
  "The beneficiaries reached are not broken down by sex; please complete.",
  "The expenditure by area of work does not match the financial statements; please check.",
  "Please explain the delay in the main activities and how you will catch up.",
  "Please attach the training attendance lists as means of verification.",
];

export const ACCEPT_COMMENTS = [
  "",
  "",
  "Accepted, thank you.",
  "Accepted. Good progress on the indicators.",
  "Accepted; please keep the delays under watch.",
];

export const INDICATOR_COMMENTS = {
  behind: [
    "Behind schedule; activities resume next period.",
    "Delayed by the change of counterparts.",
    "Lower than planned because of access constraints.",
  ],
  ahead: ["Ahead of plan thanks to strong demand.", "Target exceeded."],
};

export const EXTENSION_JUSTIFICATIONS = [
  "Elections postponed the validation of the policy by the Government; the remaining activities need more time.",
  "Procurement and customs clearance of equipment took longer than planned; installation and training must follow delivery.",
  "Access to the target areas was restricted for several months for security reasons.",
  "Floods interrupted field activities; the project needs time to complete the community projects.",
  "The counterpart ministry was restructured and asked for the final workshop to be held after its new team is in place.",
];

export const EXTENSION_DECISIONS = {
  approved: [
    "Approved: no additional funds.",
    "Approved; please update the workplan accordingly.",
    "Approved.",
  ],
  refused:
    "Refused: the remaining activities can be completed within the current dates; please revise the workplan instead.",
};

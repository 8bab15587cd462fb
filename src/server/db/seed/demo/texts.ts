/**
 * Words for demo proposals, per area of work: a title, a context, an approach and an objective
 * are drawn from these lists and "{place}" is replaced by the countries or region covered.
 */
import type { ActivityTypeCode } from "../reference/activityTypes";
import type { AreaOfWorkCode } from "../reference/areasOfWork";

interface AreaTexts {
  titles: readonly string[];
  contexts: readonly string[];
  objectives: readonly string[];
}

export const AREA_TEXTS: Record<AreaOfWorkCode, AreaTexts> = {
  EPC: {
    titles: [
      "Strengthening disaster risk reduction and displacement preparedness in {place}",
      "Community stabilization and recovery in displacement-affected areas of {place}",
      "Building national capacities in camp coordination and camp management in {place}",
      "Durable solutions for internally displaced persons in {place}",
      "Displacement tracking for early warning and response planning in {place}",
    ],
    contexts: [
      "Recurrent floods, droughts and local conflicts in {place} displace thousands of people every year, and national authorities lack the data and procedures to plan a timely response.",
      "Protracted displacement in {place} weighs on host communities and on local services, while returns remain fragile without recovery support.",
      "National disaster management authorities in {place} have asked IOM to help them prepare for the mobility dimensions of future crises.",
    ],
    objectives: [
      "To strengthen the capacity of national and local authorities in {place} to prepare for, respond to and recover from displacement crises.",
      "To contribute to durable solutions for displaced populations and their host communities in {place}.",
    ],
  },
  MH: {
    titles: [
      "Improving migrants' access to health services in {place}",
      "Strengthening health and mobility along migration corridors in {place}",
      "Integrating migration into national health policies in {place}",
      "Enhancing disease surveillance at points of entry in {place}",
      "Mental health and psychosocial support for migrants and returnees in {place}",
    ],
    contexts: [
      "Migrants in {place} face legal, financial, linguistic and cultural barriers to health care, and health information systems rarely record their needs.",
      "High mobility across borders in {place} challenges disease surveillance and continuity of care, as recent outbreaks have shown.",
      "Health authorities in {place} have committed to migrant-inclusive health policies but lack evidence and trained staff to implement them.",
    ],
    objectives: [
      "To improve the health of migrants and mobile populations in {place} through migrant-inclusive health policies and services.",
      "To strengthen the capacity of health authorities in {place} to address the health needs of migrants and communities affected by migration.",
    ],
  },
  IBM: {
    titles: [
      "Strengthening integrated border management in {place}",
      "Enhancing travel document security and identity management in {place}",
      "Improving data on migration flows at border crossing points in {place}",
      "Capacity building for humane and rights-based border management in {place}",
      "Modernizing immigration procedures in {place}",
    ],
    contexts: [
      "Border agencies in {place} work with limited equipment and training, and cooperation between agencies and with neighbouring countries remains informal.",
      "Irregular movements through {place} have increased, and immigration officials need tools and procedures that both secure borders and protect migrants.",
      "Authorities in {place} are reforming immigration services and have requested technical assistance to align procedures with international standards.",
    ],
    objectives: [
      "To strengthen the capacity of {place} to manage its borders in a secure, coordinated and rights-based manner.",
      "To facilitate regular migration and improve the management of migration flows in {place}.",
    ],
  },
  MA: {
    titles: [
      "Protecting victims of trafficking and vulnerable migrants in {place}",
      "Strengthening national referral mechanisms for vulnerable migrants in {place}",
      "Assisted voluntary return and sustainable reintegration in {place}",
      "Preventing trafficking in persons through community awareness in {place}",
      "Protection and assistance for unaccompanied migrant children in {place}",
    ],
    contexts: [
      "Trafficking in persons and the exploitation of migrants remain under-reported in {place}, and victims are rarely identified or referred to services.",
      "A growing number of migrants return to {place} with few resources, and reintegration support is fragmented between agencies.",
      "Service providers in {place} lack the procedures and coordination needed to identify and assist migrants in vulnerable situations.",
    ],
    objectives: [
      "To protect and assist migrants in vulnerable situations, including victims of trafficking, in {place}.",
      "To contribute to the sustainable reintegration of returning migrants in {place}.",
    ],
  },
  LHD: {
    titles: [
      "Strengthening labour migration governance in {place}",
      "Enhancing the development impact of remittances in {place}",
      "Engaging the diaspora for development in {place}",
      "Promoting ethical recruitment and the protection of migrant workers in {place}",
      "Mainstreaming migration into development planning in {place}",
    ],
    contexts: [
      "Labour migration is a major source of income for households in {place}, but recruitment is poorly regulated and migrant workers are exposed to abuse.",
      "Remittances to {place} exceed official development assistance, yet their cost is high and their contribution to local development remains limited.",
      "Diaspora communities from {place} are eager to contribute skills and investment, but lack channels to engage with national institutions.",
    ],
    objectives: [
      "To maximize the development benefits of labour migration for migrants, their families and communities in {place}.",
      "To strengthen the capacity of {place} to govern labour migration and engage its diaspora in national development.",
    ],
  },
  MPR: {
    titles: [
      "Developing migration policy frameworks in {place}",
      "Migration profile and evidence-based policymaking in {place}",
      "Strengthening migration data collection and analysis in {place}",
      "Supporting inter-ministerial coordination on migration in {place}",
      "Building capacities in international migration law in {place}",
    ],
    contexts: [
      "Migration in {place} is governed by a patchwork of laws and institutions, and authorities have requested support to develop coherent migration policies.",
      "Policymakers in {place} lack reliable and comparable data on migration, which hampers planning and reporting on target 10.7 of the Sustainable Development Goals.",
      "Responsibility for migration in {place} is spread across several ministries with no mechanism to coordinate their work.",
    ],
    objectives: [
      "To support {place} in developing evidence-based migration policies through a whole-of-government approach.",
      "To strengthen the production and use of migration data for policymaking in {place}.",
    ],
  },
  MECC: {
    titles: [
      "Migration as an adaptation strategy to climate change in {place}",
      "Assessing the links between environmental change and migration in {place}",
      "Planned relocation and resilience of climate-vulnerable communities in {place}",
      "Integrating human mobility into climate change adaptation plans in {place}",
    ],
    contexts: [
      "Slow-onset environmental degradation and extreme weather events in {place} increasingly drive people from rural areas, yet national adaptation plans do not address human mobility.",
      "Communities in {place} are already moving in response to environmental change, and authorities need evidence to plan for it.",
    ],
    objectives: [
      "To integrate human mobility into the environmental and climate change policies of {place}.",
      "To strengthen the resilience of communities in {place} affected by environmental change and migration.",
    ],
  },
};

/** How the project will work, after its main activity type. */
export const APPROACH_BY_ACTIVITY: Record<ActivityTypeCode, string> = {
  RES: "The project will conduct field research and publish its findings to inform national and regional policy debates.",
  TRN: "The project will design a training curriculum and train officials and practitioners, with training of trainers to sustain it.",
  AWR: "The project will run information and awareness campaigns through community radio, schools and social media.",
  TA: "The project will provide technical assistance to the responsible ministries and agencies throughout the process.",
  POL: "The project will provide policy advice and support the drafting and validation of policy and legal instruments.",
  CBI: "The project will strengthen the institutions concerned through standard operating procedures, mentoring and peer exchanges.",
  DATA: "The project will set up data collection tools and help national statistics offices analyse and share migration data.",
  INF: "The project will provide essential equipment and rehabilitate facilities, together with training on their use and maintenance.",
  COM: "The project will work with community leaders, local authorities and civil society to design and implement activities.",
  DIA: "The project will convene national and cross-border coordination meetings to build a shared agenda among stakeholders.",
  DAS: "The project will provide direct assistance, including shelter, medical and psychosocial care, and reintegration support.",
};

/**
 * Which regional office covers each ISO 3166-1 country or territory (alpha-3 codes).
 * Each list starts with the countries listed under the region in the funding tables of
 * Migration Initiatives 2016 (seed 001); the rest follow geography and IOM practice so that
 * every code of the ISO list belongs to exactly one region. Seed 001 leaves the Southern Africa
 * table empty: its list is the SADC membership covered by the Pretoria office.
 */
import type { RegionCode } from "./regions";

// biome-ignore format: one line per group of codes reads better than one code per line
export const REGION_COUNTRIES: Record<RegionCode, readonly string[]> = {
  SAF: [
    // SADC members covered by the Pretoria office
    "AGO", "BWA", "COM", "COD", "LSO", "MDG", "MWI", "MUS", "MOZ", "NAM", "SYC", "ZAF", "SWZ", "ZMB", "ZWE",
    // territories of the southern Indian and Atlantic Oceans
    "REU", "MYT", "SHN", "ATF", "BVT",
  ],
  EHA: [
    // seed 001
    "BDI", "DJI", "ETH", "KEN", "RWA", "SOM", "SSD", "UGA", "TZA",
    "ERI",
  ],
  WCA: [
    // seed 001
    "BEN", "BFA", "CPV", "CMR", "CAF", "TCD", "COG", "CIV", "GHA", "GIN", "LBR", "MLI", "MRT", "NER", "NGA",
    "SEN", "SLE", "TGO",
    "GNQ", "GAB", "GMB", "GNB", "STP",
  ],
  CNC: [
    // seed 001
    "CRI", "DOM", "SLV", "GUY", "HTI", "HND", "JAM", "MEX", "NIC", "PAN", "TTO", "USA",
    "CAN", "GTM", "BLZ", "CUB", "BHS", "BRB", "ATG", "DMA", "GRD", "KNA", "LCA", "VCT", "SUR",
    // Caribbean and North American territories
    "AIA", "ABW", "BMU", "BES", "VGB", "CYM", "CUW", "GLP", "MTQ", "MSR", "PRI", "BLM", "MAF", "SXM",
    "SPM", "TCA", "VIR", "GRL",
  ],
  SAM: [
    // seed 001
    "ARG", "BOL", "BRA", "CHL", "COL", "ECU", "PRY", "PER", "VEN", "URY",
    "GUF", "FLK", "SGS", "ATA",
  ],
  MENA: [
    // seed 001
    "DZA", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MAR", "SDN", "SYR", "TUN", "YEM",
    "BHR", "OMN", "QAT", "SAU", "ARE", "PSE", "ISR", "ESH",
  ],
  AP: [
    // seed 001
    "AFG", "AUS", "BGD", "KHM", "CHN", "HKG", "IND", "IDN", "IRN", "JPN", "LAO", "MYS", "MDV", "MHL", "FSM",
    "MNG", "MMR", "NPL", "PAK", "PHL", "PNG", "KOR", "LKA", "THA", "TLS", "VUT", "VNM",
    "BTN", "BRN", "FJI", "KIR", "NRU", "NZL", "PLW", "WSM", "SLB", "TON", "TUV", "PRK", "SGP", "TWN", "MAC",
    // Pacific and Indian Ocean territories
    "ASM", "COK", "PYF", "GUM", "NCL", "NIU", "NFK", "MNP", "PCN", "TKL", "WLF", "CXR", "CCK", "HMD", "IOT",
    "UMI",
  ],
  EEA: [
    // seed 001
    "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL", "ITA",
    "LTU", "LVA", "LUX", "MLT", "NLD", "NOR", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "CHE", "GBR",
    "SWE", "ISL", "LIE", "AND", "MCO", "SMR", "VAT",
    // European territories
    "ALA", "FRO", "GIB", "GGY", "IMN", "JEY", "SJM",
  ],
  SEECA: [
    // seed 001 ("UNSC resolution 1244-administered Kosovo" is XKK in the ISO package)
    "ALB", "ARM", "AZE", "BLR", "BIH", "GEO", "KAZ", "KGZ", "MNE", "MDA", "RUS", "SRB", "XKK", "TJK", "MKD",
    "TUR", "TKM", "UKR", "UZB",
  ],
};

/** The Projects sheet of a portfolio import: one project per row, every cell checked. */
import {
  type CellValue,
  cellText,
  isBlank,
  normalName,
  type Read,
  readDate,
  readInteger,
  readMoney,
} from "./importCells";
import { PROJECT_STATUSES, type ProjectStatus } from "./lifecycle";
import { PROJECT_TYPES, TITLE_MAX } from "./project";
import {
  type ImportedProject,
  type ImportPerson,
  type ImportReference,
  type ImportVocabulary,
  lookupCode,
  lookupValue,
  type Place,
  type ProblemList,
  type ReadSheet,
} from "./projectImport";
import { deriveRegion } from "./region";

/** Statuses whose project was funded: its approved amount is a fact the portfolio counts. */
const FUNDED: readonly ProjectStatus[] = ["approved", "active", "closed"];
const CODE_MAX = 40;

/** A person by e-mail (any case), or by name when the name is one person's only. */
function findPerson(people: readonly ImportPerson[], text: string): Read<ImportPerson> {
  const wanted = normalName(text);
  const found = text.includes("@")
    ? people.filter((p) => normalName(p.email) === wanted)
    : people.filter((p) => normalName(p.name) === wanted);
  const [only] = found;
  if (!only) return { error: "importUnknownPerson" };
  if (found.length > 1) return { error: "importAmbiguousPerson" };
  if (only.role !== "pm") return { error: "notAManager" };
  return { value: only };
}

export interface ProjectRowsResult {
  projects: ImportedProject[];
  /** Every code the sheet lists, also on rows with problems (later sheets may name them). */
  listed: Set<string>;
}

export function projectRows(
  sheet: ReadSheet,
  reference: ImportReference,
  vocabulary: ImportVocabulary,
  problems: ProblemList,
): ProjectRowsResult {
  const projects: ImportedProject[] = [];
  const listed = new Set<string>();
  const followUps: { project: ImportedProject; place: Place; cell: CellValue }[] = [];

  for (const row of sheet.rows) {
    const before = problems.items.length;
    const place = (key: string): Place => ({
      sheet: sheet.name,
      row: row.number,
      column: sheet.heading(key),
    });
    const cell = row.cell;
    /** The cell's text, or undefined after a "required" problem. */
    const required = (key: string): string | undefined => {
      if (!isBlank(cell(key))) return cellText(cell(key));
      problems.add(place(key), cell(key), "required");
      return undefined;
    };
    const take = <T>(key: string, read: Read<T>) => problems.take(place(key), cell(key), read);
    const optional = <T>(key: string, reader: (c: CellValue) => Read<T>): T | null | undefined =>
      isBlank(cell(key)) ? null : take(key, reader(cell(key)));
    const lookup = <T extends string>(
      key: string,
      found: T | undefined,
      code: "unknownCode" | "importUnknownValue",
    ): T | undefined => {
      if (found === undefined) problems.add(place(key), cell(key), code);
      return found;
    };

    const code = required("code");
    if (code !== undefined) {
      if (code.length > CODE_MAX) problems.add(place("code"), code, "too_big");
      else if (listed.has(code)) problems.add(place("code"), code, "duplicate");
      else if (reference.existingCodes.has(code)) problems.add(place("code"), code, "importCodeExists");
      listed.add(code);
    }
    const title = required("title");
    if (title !== undefined && title.length < 3) problems.add(place("title"), title, "too_small");
    if (title !== undefined && title.length > TITLE_MAX) problems.add(place("title"), title, "too_big");
    const statusText = required("status");
    const status =
      statusText === undefined
        ? undefined
        : lookup(
            "status",
            lookupValue(PROJECT_STATUSES, vocabulary.statuses, statusText),
            "importUnknownValue",
          );
    const typeText = required("type");
    const type =
      typeText === undefined
        ? undefined
        : lookup("type", lookupValue(PROJECT_TYPES, vocabulary.types, typeText), "importUnknownValue");

    const countries: string[] = [];
    for (const iso3 of cellText(cell("countries"))
      .toUpperCase()
      .split(/[\s,;]+/)
      .filter(Boolean)) {
      if (!reference.countries.has(iso3)) problems.add(place("countries"), iso3, "unknownCountry");
      else if (countries.includes(iso3)) problems.add(place("countries"), iso3, "duplicate");
      else countries.push(iso3);
    }
    const regionText = cellText(cell("region"));
    const askedRegion = regionText
      ? lookup("region", lookupCode(reference.regions, regionText), "unknownCode")
      : null;
    let regionCode: string | null | undefined;
    if (type !== undefined && askedRegion !== undefined) {
      if (type === "national" && countries.length !== 1)
        problems.add(place("countries"), cell("countries"), "nationalOneCountry");
      if (type === "regional" && countries.length < 2)
        problems.add(place("countries"), cell("countries"), "regionalCountries");
      const derived = deriveRegion(
        type,
        countries.map((c) => reference.countries.get(c) ?? null),
        askedRegion,
      );
      if ("error" in derived)
        problems.add(place("region"), cell("region"), derived.error.code as "regionMismatch");
      else regionCode = derived.region;
    }

    const fundingYear = isBlank(cell("fundingYear"))
      ? void problems.add(place("fundingYear"), null, "required")
      : take("fundingYear", readInteger(cell("fundingYear"), 2000, 2100));
    if (fundingYear !== undefined && !reference.fundingYears.has(fundingYear))
      problems.add(place("fundingYear"), cell("fundingYear"), "unknownFundingYear");
    const lineText = required("fundLine");
    const fundLine =
      lineText === undefined
        ? undefined
        : lookup("fundLine", lookupCode(reference.fundLines, lineText), "unknownCode");

    const requested =
      required("requestedBudget") === undefined
        ? undefined
        : take("requestedBudget", readMoney(cell("requestedBudget")));
    const approved = optional("approvedBudget", readMoney);
    if (approved === null && status !== undefined && FUNDED.includes(status))
      problems.add(place("approvedBudget"), null, "importApprovedMissing");

    const plannedStart =
      required("plannedStart") === undefined
        ? undefined
        : take("plannedStart", readDate(cell("plannedStart")));
    const plannedEnd =
      required("plannedEnd") === undefined ? undefined : take("plannedEnd", readDate(cell("plannedEnd")));
    if (plannedStart && plannedEnd && plannedEnd <= plannedStart)
      problems.add(place("plannedEnd"), cell("plannedEnd"), "endBeforeStart");
    const actualStart = optional("actualStart", readDate);
    const actualEnd = optional("actualEnd", readDate);

    const pmText = required("pm");
    const pm = pmText === undefined ? undefined : take("pm", findPerson(reference.people, pmText));
    const altPm = optional("altPm", (c) => findPerson(reference.people, cellText(c)));
    if (pm && altPm && pm.id === altPm.id) problems.add(place("altPm"), cell("altPm"), "altPmSame");
    const markerText = cellText(cell("genderMarker"));
    const genderMarker = markerText
      ? lookup("genderMarker", lookupCode(reference.genderMarkers, markerText), "unknownCode")
      : null;

    if (problems.items.length > before) continue;
    // Every value is known here: a row without problems has them all.
    const project: ImportedProject = {
      code: code as string,
      title: title as string,
      status: status as ProjectStatus,
      type: type as ImportedProject["type"],
      regionCode: regionCode ?? null,
      countries,
      fundingYear: fundingYear as number,
      fundLine: fundLine as string,
      requestedBudgetCents: requested as number,
      approvedBudgetCents: approved ?? null,
      plannedStart: plannedStart as string,
      plannedEnd: plannedEnd as string,
      actualStart: actualStart ?? null,
      actualEnd: actualEnd ?? null,
      pmId: (pm as ImportPerson).id,
      altPmId: altPm?.id ?? null,
      genderMarker: genderMarker ?? null,
      followUpOf: null,
      areaShares: [],
      activityShares: [],
      beneficiaries: [],
      budgetYears: null,
    };
    projects.push(project);
    if (!isBlank(cell("followUpOf")))
      followUps.push({ project, place: place("followUpOf"), cell: cell("followUpOf") });
  }

  // Checked once every code of the sheet is known: a project may follow up one listed below it.
  for (const { project, place, cell } of followUps) {
    const original = cellText(cell);
    if (original === project.code || !(listed.has(original) || reference.existingCodes.has(original)))
      problems.add(place, cell, "unknownProject");
    else project.followUpOf = original;
  }
  // Stored projects cannot follow up new ones: a cycle can only close within the file.
  const byCode = new Map(projects.map((p) => [p.code, p]));
  for (const { project, place, cell } of followUps) {
    const seen = new Set<string>();
    for (let next = byCode.get(project.followUpOf ?? ""); next && !seen.has(next.code); ) {
      seen.add(next.code);
      if (next.code === project.code) {
        problems.add(place, cell, "followUpCycle");
        break;
      }
      next = byCode.get(next.followUpOf ?? "");
    }
  }
  return { projects, listed };
}

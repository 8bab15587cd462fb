/**
 * Acceptance: a project's proposal downloads as a Word document that LibreOffice opens; read back
 * as text (PDF, then pdftotext), its cover, budget breakdowns, beneficiaries, results matrix and
 * workplan say what the API says, written as the document writes figures in its language; it is
 * in the language asked for, else the person's preferred language; bad input gets a 400.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUser, createProjectAs, type Session, signIn } from "../../../test/factories";
import { databaseKinds, startTestApp, type TestApp } from "../../../test/testApp";
import type { Language } from "../../domain/profile";
import type { ProjectDetail } from "../../domain/project";
import type { ReferenceData } from "../../domain/reference";
import { resources } from "../../web/i18n/resources";
import { users } from "../db/schema";
import { proposalWords } from "../exports/proposal/proposalWords";

const run = promisify(execFile);

/** pdftotext writes the narrow and plain no-break spaces of French figures; tables wrap lines. */
const flat = (text: string) => text.replace(/[\u00a0\u202f\s]+/g, " ");

const INDICATOR = {
  name: "Officials trained in labour migration data",
  unit: "officials",
  baseline: 0,
  target: 1250,
  meansOfVerification: "Training attendance lists",
};

describe.each(databaseKinds())("the proposal as a Word document (%s)", (kind) => {
  let test: TestApp;
  let pm: Session;
  let reader: Session;
  let workDir: string;
  let project: ProjectDetail;
  let reference: ReferenceData;
  /** pdftotext -layout: figures where they stand on the page. */
  const texts: Partial<Record<Language, string>> = {};
  /** pdftotext -raw: each table cell's words together, however the cell wraps them. */
  const raw: Partial<Record<Language, string>> = {};

  beforeAll(async () => {
    test = await startTestApp(kind);
    const db = test.database.db;
    pm = await signIn(test, await buildUser(db, "pm"));
    const spanishReader = await buildUser(db, "fund_manager");
    await db.update(users).set({ language: "es" }).where(eq(users.id, spanishReader.id));
    reader = await signIn(test, spanishReader);
    const created = await createProjectAs(test, pm, {
      type: "regional",
      countries: ["GHA", "TGO"],
      requestedBudget: "187654.32",
      areaShares: [
        { code: "LHD", percent: 33.33 },
        { code: "MPR", percent: 66.67 },
      ],
      activityShares: [
        { code: "RES", percent: 12.5 },
        { code: "TRN", percent: 87.5 },
      ],
      beneficiaries: [
        { type: "GOV", sex: "all", ageGroup: "adults", number: 1250 },
        { type: "GOV", sex: "female", ageGroup: "youth", number: 347 },
      ],
    });
    const results = await test.app.inject({
      method: "PUT",
      url: `/api/projects/${created.id}/results`,
      headers: pm.headers,
      payload: {
        version: 1,
        objectiveAssumptions: "Government remains committed",
        objectiveIndicators: [],
        outcomes: [
          {
            statement: "Policy makers use labour migration data",
            indicators: [
              { ...INDICATOR, name: "Policies citing the data", unit: "policies", target: 3 },
              { ...INDICATOR, name: "Share of budget lines informed", unit: "%", baseline: 12.5, target: 40 },
            ],
            outputs: [{ statement: "Officials are trained", indicators: [INDICATOR] }],
          },
        ],
      },
    });
    expect(results.statusCode, results.body).toBe(200);
    const workplan = await test.app.inject({
      method: "PUT",
      url: `/api/projects/${created.id}/workplan`,
      headers: pm.headers,
      payload: { version: 1, milestones: [{ title: "Inception workshop held", plannedDate: "2026-09-15" }] },
    });
    expect(workplan.statusCode, workplan.body).toBe(200);
    project = (await test.app.inject({ url: `/api/projects/${created.id}`, headers: pm.headers })).json();
    reference = (await test.app.inject({ url: "/api/reference", headers: pm.headers })).json();

    // One LibreOffice run for the three documents: each start costs seconds.
    workDir = await mkdtemp(path.join(tmpdir(), "prima-proposal-"));
    const downloads = {
      en: { url: "", headers: pm.headers },
      fr: { url: "?lang=fr", headers: pm.headers },
      // No ?lang=: the reader's preferred language (Spanish) wins over the browser's French.
      es: { url: "", headers: { ...reader.headers, "accept-language": "fr-FR,fr;q=0.9" } },
    } as const;
    const files: string[] = [];
    for (const [language, { url, headers }] of Object.entries(downloads)) {
      const response = await test.app.inject({
        url: `/api/projects/${project.id}/proposal.docx${url}`,
        headers,
      });
      expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
      expect(response.headers["content-type"]).toBe(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      );
      expect(response.headers["content-disposition"]).toContain(`filename="${project.code}-proposal.docx"`);
      const file = path.join(workDir, `${language}.docx`);
      await writeFile(file, response.rawPayload);
      files.push(file);
    }
    await run(
      "soffice",
      [
        `-env:UserInstallation=file://${path.join(workDir, "lo-profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        workDir,
        ...files,
      ],
      { timeout: 600_000 },
    );
    for (const language of Object.keys(downloads) as Language[]) {
      const { stdout } = await run("pdftotext", ["-layout", path.join(workDir, `${language}.pdf`), "-"]);
      texts[language] = flat(stdout);
      const cells = await run("pdftotext", ["-raw", path.join(workDir, `${language}.pdf`), "-"]);
      raw[language] = flat(cells.stdout);
    }
  }, 900_000);
  afterAll(async () => {
    await test?.close();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  const name = (list: { code: string; name: Record<Language, string> }[], code: string, language: Language) =>
    list.find((item) => item.code === code)?.name[language] ?? `unknown ${code}`;

  it.each(["en", "fr", "es"] as const)(
    "in %s, the cover, budget breakdowns and beneficiaries show the API's figures",
    (language) => {
      const text = texts[language] ?? "";
      const cellText = raw[language] ?? "";
      const words = proposalWords(language);
      const countries = project.countries
        .map((iso3) => reference.countries.find((c) => c.iso3 === iso3)?.name[language])
        .join(", ");
      expect(text).toContain(project.code);
      expect(cellText).toContain(project.title);
      expect(cellText).toContain(countries);
      expect(cellText).toContain(name(reference.fundLines, project.fundLine, language));
      expect(text).toContain(String(project.fundingYear));
      expect(cellText).toContain(
        flat(
          words.t("proposal.durationValue", {
            duration: words.t("project.months", { count: 18 }),
            start: words.date(project.plannedStart),
            end: words.date(project.plannedEnd),
          }),
        ),
      );
      expect(text).toContain(flat(words.money(project.requestedBudget)));
      for (const share of [...project.areaShares, ...project.activityShares]) {
        expect(text).toContain(flat(words.money(share.amount)));
        expect(text).toContain(flat(words.percent(share.percent)));
      }
      for (const share of project.areaShares)
        expect(cellText).toContain(name(reference.areasOfWork, share.code, language));
      for (const share of project.activityShares)
        expect(cellText).toContain(name(reference.activityTypes, share.code, language));
      for (const beneficiary of project.beneficiaries)
        expect(text).toContain(flat(words.number(beneficiary.number)));
      const total = project.beneficiaries.reduce((sum, b) => sum + b.number, 0);
      expect(text).toContain(flat(words.number(total)));
      expect(cellText).toContain(INDICATOR.meansOfVerification);
      expect(cellText).toContain("Inception workshop held");
      // The outcome spans its two indicators' rows; each indicator keeps its own figures.
      expect(cellText).toContain("Share of budget lines informed");
      expect(text).toContain(flat(words.decimal(12.5)));
      expect(text).toContain(words.date("2026-09-15"));
    },
  );

  it("writes figures as the language does, and the API's amounts are the ones shown", () => {
    expect(project.requestedBudget).toBe("187654.32");
    expect(project.areaShares.map((s) => s.amount)).toEqual(["62545.18", "125109.14"]);
    expect(texts.en).toContain("$187,654.32");
    expect(texts.en).toContain("$62,545.18");
    expect(texts.en).toContain("1,250");
    expect(texts.fr).toContain("187 654,32 $US");
    expect(texts.fr).toContain("33,33 %");
  });

  it("is in French with ?lang=fr, and in the reader's preferred language without it", () => {
    const fr = resources.fr.translation;
    for (const heading of [
      fr.project.summary,
      fr.results.matrix.title,
      fr.results.workplan.title,
      fr.proposal.signatures,
    ])
      expect(texts.fr).toContain(heading);
    expect(texts.fr).toContain(fr.proposal.documentTitle.toUpperCase());
    expect(texts.fr).not.toContain(resources.en.translation.project.beneficiaries);
    expect(texts.es).toContain(resources.es.translation.proposal.documentTitle.toUpperCase());
    expect(texts.es).toContain(resources.es.translation.results.matrix.title);
    expect(texts.en).toContain("PROJECT PROPOSAL");
    expect(texts.en).toContain("Results matrix");
  });

  it("refuses a language it does not speak with a field-level 400", async () => {
    const response = await test.app.inject({
      url: `/api/projects/${project.id}/proposal.docx?lang=de`,
      headers: pm.headers,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields?.[0]?.field).toBe("lang");
  });
});

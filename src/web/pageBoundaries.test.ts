/**
 * Each folder of src/web/pages is one page (or a family of pages) and keeps its internals to
 * itself: what two pages share lives in src/web/components (or src/web/lib), where the next
 * person looks for it, and changing one page cannot break another by accident.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

interface SourceFile {
  /** Relative to the pages folder, with "/" separators: "reports/ReportPage.tsx". */
  file: string;
  text: string;
}

interface CrossPageImport {
  file: string;
  imports: string;
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;

/** The page a file belongs to: its first folder under pages (a file at the top is its own page). */
function pageOf(file: string): string {
  return file.split("/")[0] ?? file;
}

/** The imports of one page folder that reach into another page's files. */
function crossPageImports(files: readonly SourceFile[]): CrossPageImport[] {
  const found: CrossPageImport[] = [];
  for (const { file, text } of files) {
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? "";
      if (!specifier.startsWith(".")) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
      if (target.startsWith("../")) continue; // outside pages: components, lib, api, domain
      if (pageOf(target) !== pageOf(file)) found.push({ file, imports: target });
    }
  }
  return found;
}

const PAGES = path.join(path.dirname(fileURLToPath(import.meta.url)), "pages");

function sources(): SourceFile[] {
  return readdirSync(PAGES, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => ({
      file: file.split(path.sep).join("/"),
      text: readFileSync(path.join(PAGES, file), "utf8"),
    }));
}

describe("pages do not import other pages' internals", () => {
  it("no page folder imports a file of another page folder (shared pieces live in components/ or lib/)", () => {
    const files = sources();
    expect(files.length).toBeGreaterThan(50);
    expect(crossPageImports(files)).toEqual([]);
  });

  it("finds an import of another page's file, static, re-exported or lazy", () => {
    const files: SourceFile[] = [
      { file: "reports/ReportPage.tsx", text: 'import { x } from "../project/workflow/format";' },
      { file: "inbox/InboxPage.tsx", text: 'export { Badge } from "../reports/ReportStateBadge";' },
      { file: "home/HomePage.tsx", text: 'const Map = lazy(() => import("../dashboard/FigureCard"));' },
      { file: "LoginPage.tsx", text: 'import { y } from "./home/HomePage";' },
    ];
    expect(crossPageImports(files)).toEqual([
      { file: "reports/ReportPage.tsx", imports: "project/workflow/format" },
      { file: "inbox/InboxPage.tsx", imports: "reports/ReportStateBadge" },
      { file: "home/HomePage.tsx", imports: "dashboard/FigureCard" },
      { file: "LoginPage.tsx", imports: "home/HomePage" },
    ]);
  });

  it("lets a page import its own files, shared components, lib, api and the domain", () => {
    const files: SourceFile[] = [
      {
        file: "project/monitoring/ReportsSection.tsx",
        text: [
          'import { Section } from "../../../components/Section";',
          'import { useFormat } from "../../../lib/format";',
          'import { WorkflowBar } from "../workflow/WorkflowBar";',
          'import type { ReportState } from "../../../../domain/reportSchedule";',
          'import classes from "./Timeline.module.css";',
          'import { Badge } from "@mantine/core";',
        ].join("\n"),
      },
    ];
    expect(crossPageImports(files)).toEqual([]);
  });
});

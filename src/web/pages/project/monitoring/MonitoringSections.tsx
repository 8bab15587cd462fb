import type { ProjectDetail } from "../../../../domain/project";
import { PrintSkip } from "../../../components/PrintSkip";
import { RevisionsSection } from "../revisions/RevisionsSection";
import { ExtensionsSection } from "./ExtensionsSection";
import { ProgressSection } from "./ProgressSection";
import { ReportsSection } from "./ReportsSection";
import { ResultsMatrixSection } from "./ResultsMatrixSection";
import { TimelineSection } from "./TimelineSection";
import { WorkplanSection } from "./WorkplanSection";

/** Implementation monitoring on the project page: where it stands, what it promised, what it owes. */
export function MonitoringSections({ project }: { project: ProjectDetail }) {
  return (
    <>
      {/* Printed, the proposal keeps what it promised (results, workplan), not how it is going. */}
      <PrintSkip>
        <TimelineSection project={project} />
        <ProgressSection project={project} />
        <ReportsSection project={project} />
        <ExtensionsSection project={project} />
        <RevisionsSection project={project} />
      </PrintSkip>
      <ResultsMatrixSection project={project} />
      <WorkplanSection project={project} />
    </>
  );
}

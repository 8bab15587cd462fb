import { SimpleGrid } from "@mantine/core";
import type { ProjectDetail } from "../../../../domain/project";
import { DurationsSection } from "./DurationsSection";
import { HistorySection } from "./HistorySection";
import classes from "./workflow.module.css";

/** What happened to the project and how long each stage took, side by side on wide screens. */
export function ActivitySections({ project }: { project: ProjectDetail }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
      <div className={classes.wide}>
        <HistorySection project={project} />
      </div>
      <div>
        <DurationsSection project={project} />
      </div>
    </SimpleGrid>
  );
}

import type { ProjectDetail } from "../../../../domain/project";

/** Placeholder until its feature lands. */
export function TimelineSection(_props: { project: ProjectDetail }) {
  return null;
}

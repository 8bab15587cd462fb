import type { ProjectDetail } from "../../../../domain/project";

/** Placeholder until its feature lands. */
export function ProgressSection(_props: { project: ProjectDetail }) {
  return null;
}

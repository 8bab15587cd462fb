import type { ProjectDetail } from "../../../../domain/project";

/** Placeholder until its feature lands. */
export function ExtensionsSection(_props: { project: ProjectDetail }) {
  return null;
}

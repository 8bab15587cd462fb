/**
 * A project's region follows from its countries when they all lie in one region; a multi-region
 * project names the region whose office leads it. Global projects may have no region.
 */
import type { FieldError } from "./errors";
import type { ProjectType } from "./project";

export function deriveRegion(
  type: ProjectType,
  countryRegions: readonly (string | null)[],
  requested: string | null | undefined,
): { region: string | null } | { error: FieldError } {
  const regions = [...new Set(countryRegions.filter((r): r is string => r !== null))];
  if (type === "global") {
    if (requested && regions.length > 0 && !regions.includes(requested)) {
      return {
        error: {
          field: "region",
          code: "regionMismatch",
          message: "The leading region must be the region of one of the project's countries",
        },
      };
    }
    return { region: requested ?? null };
  }
  if (regions.length === 1) {
    const only = regions[0] as string;
    if (requested && requested !== only) {
      return {
        error: {
          field: "region",
          code: "regionMismatch",
          message: "The region must be the region of the project's countries",
          params: { region: only },
        },
      };
    }
    return { region: only };
  }
  if (regions.length > 1) {
    if (requested && regions.includes(requested)) return { region: requested };
    return {
      error: {
        field: "region",
        code: "regionRequired",
        message:
          "The countries lie in several regions: choose the region that leads the project among theirs",
      },
    };
  }
  return { region: requested ?? null };
}

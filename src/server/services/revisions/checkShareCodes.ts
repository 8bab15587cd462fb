/** A revision's shares must name areas of work and activity types the fund knows. */
import { inArray } from "drizzle-orm";
import type { FieldError } from "../../../domain/errors";
import type { DbOrTx } from "../../db/client";
import { activityTypes, areasOfWork } from "../../db/schema";

export async function checkShareCodes(
  db: DbOrTx,
  input: { areaShares: readonly { code: string }[]; activityShares: readonly { code: string }[] },
): Promise<FieldError[]> {
  const areaCodes = input.areaShares.map((s) => s.code);
  const activityCodes = input.activityShares.map((s) => s.code);
  const knownAreas = new Set(
    areaCodes.length === 0
      ? []
      : (
          await db
            .select({ code: areasOfWork.code })
            .from(areasOfWork)
            .where(inArray(areasOfWork.code, areaCodes))
        ).map((r) => r.code),
  );
  const knownActivities = new Set(
    activityCodes.length === 0
      ? []
      : (
          await db
            .select({ code: activityTypes.code })
            .from(activityTypes)
            .where(inArray(activityTypes.code, activityCodes))
        ).map((r) => r.code),
  );
  const unknown = (field: string, codes: string[], known: Set<string>, what: string): FieldError[] =>
    codes.flatMap((code, index) =>
      known.has(code)
        ? []
        : [
            {
              field: `${field}.${index}.code`,
              code: "unknownCode",
              message: `Unknown ${what}: ${code}`,
              params: { value: code },
            },
          ],
    );
  return [
    ...unknown("areaShares", areaCodes, knownAreas, "area of work"),
    ...unknown("activityShares", activityCodes, knownActivities, "activity type"),
  ];
}

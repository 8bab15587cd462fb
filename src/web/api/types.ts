import type { LocalizedName, ReferenceData } from "../../domain/reference";

export type Reference = ReferenceData;
export type LocalizedText = LocalizedName;
export type CodeRef = ReferenceData["areasOfWork"][number];

/** One person who may be named PM or alternate PM (GET /api/users/managers). */
export interface Manager {
  id: string;
  name: string;
  email: string;
}

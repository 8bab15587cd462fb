/** Column groups that several tables share. */
import { integer, text, timestamp } from "drizzle-orm/pg-core";

export const names = {
  nameEn: text("name_en").notNull(),
  nameFr: text("name_fr").notNull(),
  nameEs: text("name_es").notNull(),
};
export const sortOrder = { sort: integer("sort").notNull().default(0) };
export const createdAt = timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

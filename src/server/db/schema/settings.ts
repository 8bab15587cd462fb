import { pgTable, text } from "drizzle-orm/pg-core";

/** Values an installation generates once and every server instance shares (e.g. the session pepper). */
export const appSettings = pgTable("app_settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/**
 * The database schema, one module per part: reference data, people and sessions, projects and
 * their parts, history, review and notifications, documents, fund rules, mail, monitoring, settings.
 */
export * from "./schema/budgetRevisions";
export * from "./schema/budgetYears";
export * from "./schema/cofunding";
export * from "./schema/documents";
export * from "./schema/events";
export * from "./schema/fund";
export * from "./schema/history";
export * from "./schema/mail";
export * from "./schema/monitoring";
export * from "./schema/notices";
export * from "./schema/people";
export * from "./schema/portfolio";
export * from "./schema/projects";
export * from "./schema/reference";
export * from "./schema/review";
export * from "./schema/settings";
export * from "./schema/spending";
export * from "./schema/twoFactor";
export * from "./schema/webhooks";

/**
 * The database schema, one module per part: reference data, people and sessions, projects and
 * their parts, history, installation settings.
 */
export * from "./schema/history";
export * from "./schema/people";
export * from "./schema/projects";
export * from "./schema/reference";
export * from "./schema/settings";

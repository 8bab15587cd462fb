import { z } from "zod";

/**
 * What the signed-in user may do in the application at all (GET /api/me's `can`), decided by the
 * server's policies; the web app shows or hides whole pages and buttons by these, and what a
 * user may do with one record by that record's own `can`. Never by the role's name.
 */
export const capabilities = z.object({
  createProject: z.boolean().describe("May start a proposal"),
  manageProjects: z
    .boolean()
    .describe("May be named a project's PM or alternate: lists of projects and reports start on their own"),
  seeInbox: z.boolean().describe("Has steps of the life cycle waiting for them (the inbox)"),
  reviewProjectsWithoutRegion: z
    .boolean()
    .describe("Reviews the proposals that have no region (they are reviewed at headquarters)"),
  listManagers: z.boolean().describe("May list the project managers, to name a PM or alternate"),
  editFundRules: z.boolean().describe("May change a funding year's ceilings and country list"),
  editReportingRules: z.boolean().describe("May change the fund lines' reporting rules"),
  importAppeal: z.boolean().describe("May import an appeal's funding requirements"),
  administerUsers: z.boolean().describe("May add people and end their sessions"),
  seeOutbox: z.boolean().describe("May see the mail outbox and retry failed messages"),
  importProjects: z.boolean().describe("May import a portfolio of projects from a workbook"),
  administerWebhooks: z.boolean().describe("May register webhooks and see and retry their deliveries"),
});
export type Capabilities = z.infer<typeof capabilities>;
export type Capability = keyof Capabilities;
export const CAPABILITIES = Object.keys(capabilities.shape) as Capability[];

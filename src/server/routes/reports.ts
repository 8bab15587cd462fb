/** Routes for reports, the reporting schedule, reporting rules and the overdue list. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { dayOf } from "../../domain/calendar";
import { errorBody } from "../../domain/errors";
import { compareReports } from "../../domain/reportSchedule";
import {
  projectReports,
  reportContentInput,
  reportDecisionInput,
  reportDetail,
  reportingRulesInput,
  reportingRulesItem,
  reportingRulesList,
  reportList,
  reportListQuery,
} from "../../domain/reports";
import { requireUser } from "../auth/plugin";
import { refuseEarlyUnless } from "../auth/refuseEarly";
import type { AppContext } from "../context";
import { mailSettings } from "../events/mailSettings";
import type { Actor } from "../policies/actor";
import { projectReportsPolicies, reportPolicies } from "../policies/reportPolicies";
import { presentReportDetail, presentReportListItem, presentReportSummary } from "../presenters/report";
import { presentReportingRules } from "../presenters/reportingRules";
import { decideReport } from "../services/reports/decideReport";
import { listProjectReports } from "../services/reports/listProjectReports";
import { listReports } from "../services/reports/listReports";
import { loadReportRecord, type ReportRecord, readableReport } from "../services/reports/loadReport";
import { readReportingRules } from "../services/reports/readReportingRules";
import { saveReportContent } from "../services/reports/saveReportContent";
import { updateReportingRules } from "../services/reports/updateReportingRules";
import { readableProject } from "./readableProject";

const tags = ["reports"];
const idParams = z.object({ id: z.uuid() });
const reportParams = z.object({ reportId: z.uuid() });
const fundLineParams = z.object({ fundLine: z.string().trim().min(1).max(40) });

/** The report's page as this user sees it today. */
function presentFor(user: Actor, record: ReportRecord, now: Date) {
  const today = dayOf(now);
  return presentReportDetail(record, today, reportPolicies(user, record.project, record.report, today));
}

export const reportRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    "/projects/:id/reports",
    {
      schema: {
        tags,
        summary: "The project's reports in due order, with what this user may do with them",
        params: idParams,
        response: { 200: projectReports, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      const { user, project } = await readableProject(ctx, request, request.params.id);
      const today = dayOf(ctx.now());
      const rows = await listProjectReports(ctx.db, request.params.id);
      return {
        items: rows.sort(compareReports).map((r) => presentReportSummary(r, today)),
        can: projectReportsPolicies(user, project),
      };
    },
  );

  app.get(
    "/reports",
    {
      schema: {
        tags,
        summary: "Reports across the projects you may read, by state (default: overdue, oldest due first)",
        description:
          'A report is overdue when its due date is before today (UTC) and it was never submitted. "open" lists every report not yet accepted. The counts ignore the state filter.',
        querystring: reportListQuery,
        response: { 200: reportList, 400: errorBody, 401: errorBody },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const today = dayOf(ctx.now());
      const { rows, total, counts } = await listReports(ctx.db, user, request.query, today);
      return {
        items: rows.map((r) => presentReportListItem(r.report, r.project, today)),
        total,
        counts: {
          overdue: counts.overdue,
          due: counts.due,
          upcoming: counts.upcoming,
          submitted: counts.submitted,
          returned: counts.returned,
          accepted: counts.accepted,
        },
      };
    },
  );

  app.get(
    "/reports/:reportId",
    {
      schema: {
        tags,
        summary: "One report with its figures, the project's indicators, events and attached documents",
        params: reportParams,
        response: { 200: reportDetail, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const found = await readableReport(ctx.db, user, request.params.reportId);
      return presentFor(user, await loadReportRecord(ctx.db, found), ctx.now());
    },
  );

  app.put(
    "/reports/:reportId",
    {
      schema: {
        tags,
        summary:
          "Save the report's content (project managers, while pending or returned; send the version you loaded)",
        description:
          "Only the fields sent are replaced. A narrative report takes challenges, lessonsLearned, goodPractices, indicatorValues and beneficiaries; a financial report takes areaExpenditures and activityExpenditures.",
        params: reportParams,
        body: reportContentInput,
        response: {
          200: reportDetail,
          400: errorBody,
          401: errorBody,
          403: errorBody,
          404: errorBody,
          409: errorBody.extend({ current: reportDetail.optional() }),
        },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const record = await saveReportContent(ctx.db, user, request.params.reportId, request.body, ctx.now());
      return presentFor(user, record, ctx.now());
    },
  );

  app.post(
    "/reports/:reportId/decisions",
    {
      schema: {
        tags,
        summary: "Submit a report (project managers), or return or accept it (fund manager)",
        description:
          "Submission checks the report is complete and answers 422 listing every gap; it is possible once the period has ended (400 notYetDue before). Returning needs a comment.",
        params: reportParams,
        body: reportDecisionInput,
        response: {
          200: reportDetail,
          400: errorBody,
          401: errorBody,
          403: errorBody,
          404: errorBody,
          409: errorBody.extend({ current: reportDetail.optional() }),
          422: errorBody,
        },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const record = await decideReport(
        ctx.db,
        user,
        request.params.reportId,
        request.body,
        ctx.now(),
        mailSettings(ctx.config),
      );
      // Delivery happens after commit and never delays or fails the answer.
      void ctx.mail.flush();
      void ctx.webhooks.flush();
      return presentFor(user, record, ctx.now());
    },
  );

  app.get(
    "/reporting-rules",
    {
      schema: {
        tags,
        summary: "The reporting rules of each fund line: periods, due dates and reminders",
        response: { 200: reportingRulesList, 401: errorBody },
      },
    },
    async (request) => {
      const { items, can } = await readReportingRules(ctx.db, requireUser(request));
      return { items: items.map(presentReportingRules), can };
    },
  );

  app.put(
    "/reporting-rules/:fundLine",
    {
      preValidation: refuseEarlyUnless("editReportingRules"),
      schema: {
        tags,
        summary: "Change a fund line's reporting rules (fund manager; send the version you loaded)",
        description:
          "New rules apply when a project's schedule is next computed: at approval, at the start of implementation and when an extension is approved.",
        params: fundLineParams,
        body: reportingRulesInput,
        response: {
          200: reportingRulesItem,
          400: errorBody,
          401: errorBody,
          403: errorBody,
          404: errorBody,
          409: errorBody.extend({ current: reportingRulesItem.optional() }),
        },
      },
    },
    async (request) =>
      presentReportingRules(
        await updateReportingRules(
          ctx.db,
          requireUser(request),
          request.params.fundLine,
          request.body,
          ctx.now(),
        ),
      ),
  );
};

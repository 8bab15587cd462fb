/**
 * Co-funding and currencies (issue 15 §5): a project's other funding sources, the fund's exchange
 * rates per currency and month (set by hand or imported from a CSV), and the totals per donor.
 */
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorBody, NotFound } from "../../domain/errors";
import {
  rateHistory,
  rateImportInput,
  rateImportResult,
  rateInput,
  rateList,
  rateParams,
  rateView,
} from "../../domain/exchangeRates";
import {
  donorTotals,
  fundingSourceInput,
  fundingSourceList,
  fundingSourceUpdate,
  fundingSourceView,
} from "../../domain/fundingSources";
import { requireUser } from "../auth/plugin";
import { refuseEarlyUnless } from "../auth/refuseEarly";
import type { AppContext } from "../context";
import { CONTENT_TYPES, setDownloadHeaders } from "../exports/cells";
import { donorTotalsWorkbook } from "../exports/donorTotalsWorkbook";
import { presentRate } from "../presenters/fundingSource";
import { importCurrencyRates } from "../services/cofunding/importCurrencyRates";
import { listDonorTotals } from "../services/cofunding/listDonorTotals";
import { listFundingSources } from "../services/cofunding/listFundingSources";
import { loadRateHistory } from "../services/cofunding/loadRateHistory";
import { loadRates } from "../services/cofunding/loadRates";
import { setCurrencyRate } from "../services/cofunding/setCurrencyRate";
import {
  createFundingSource,
  deleteFundingSource,
  updateFundingSource,
} from "../services/cofunding/writeFundingSource";
import { readableProject } from "./readableProject";

const tags = ["co-funding"];
const idParams = z.object({ id: z.uuid() });
const sourceParams = idParams.extend({ sourceId: z.uuid() });
const writeResponses = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody };

export const cofundingRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  /** Someone who may not edit learns that, not that their body is malformed. */
  const mayEditSources = async (request: FastifyRequest) => {
    const parsed = idParams.safeParse(request.params);
    if (!parsed.success) return;
    await readableProject(ctx, request, parsed.data.id, "editFundingSources");
  };

  app.get(
    "/projects/:id/funding-sources",
    {
      schema: {
        tags,
        summary:
          "The project's other funding sources, each in its currency and in USD at the rate of its month (or the latest earlier one), with the totals beside the fund's own amounts",
        params: idParams,
        response: { 200: fundingSourceList, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => listFundingSources(ctx.db, requireUser(request), request.params.id),
  );

  app.post(
    "/projects/:id/funding-sources",
    {
      preValidation: mayEditSources,
      schema: {
        tags,
        summary:
          "Add a funding source (the project's PM or alternate, or the fund manager, until it is closed)",
        params: idParams,
        body: fundingSourceInput,
        response: { 201: fundingSourceView, ...writeResponses },
      },
    },
    async (request, reply) => {
      const source = await createFundingSource(
        ctx.db,
        requireUser(request),
        request.params.id,
        request.body,
        ctx.now(),
      );
      return reply.status(201).send(source);
    },
  );

  app.put(
    "/projects/:id/funding-sources/:sourceId",
    {
      preValidation: mayEditSources,
      schema: {
        tags,
        summary: "Change a funding source (send the version you loaded)",
        params: sourceParams,
        body: fundingSourceUpdate,
        response: {
          200: fundingSourceView,
          ...writeResponses,
          409: errorBody.extend({ current: fundingSourceView.optional() }),
        },
      },
    },
    async (request) =>
      updateFundingSource(
        ctx.db,
        requireUser(request),
        request.params.id,
        request.params.sourceId,
        request.body,
        ctx.now(),
      ),
  );

  app.delete(
    "/projects/:id/funding-sources/:sourceId",
    {
      preValidation: mayEditSources,
      schema: {
        tags,
        summary: "Remove a funding source (send the version you loaded)",
        params: sourceParams,
        querystring: z.object({ version: z.coerce.number().int().min(1) }),
        response: {
          204: z.null(),
          ...writeResponses,
          409: errorBody.extend({ current: fundingSourceView.optional() }),
        },
      },
    },
    async (request, reply) => {
      await deleteFundingSource(
        ctx.db,
        requireUser(request),
        request.params.id,
        request.params.sourceId,
        request.query.version,
        ctx.now(),
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/currency-rates",
    {
      schema: {
        tags,
        summary: "The fund's exchange rates: USD for one unit of each currency, per month",
        response: { 200: rateList, 401: errorBody },
      },
    },
    async (request) => {
      requireUser(request);
      return { items: (await loadRates(ctx.db)).map(presentRate) };
    },
  );

  app.get(
    "/currency-rates/:currency/:month/history",
    {
      schema: {
        tags,
        summary: "Every change of a currency's rate for a month, newest first: who, when, from and to",
        params: rateParams,
        response: { 200: rateHistory, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      requireUser(request);
      const { currency, month } = request.params;
      const items = await loadRateHistory(ctx.db, currency, month);
      if (items.length === 0) throw new NotFound(`A rate of ${currency} for ${month}`);
      return { items };
    },
  );

  app.put(
    "/currency-rates/:currency/:month",
    {
      preValidation: refuseEarlyUnless("editFundRules"),
      schema: {
        tags,
        summary:
          "Record a currency's rate for a month (fund manager; send the version you loaded, 0 for a new one)",
        params: rateParams,
        body: rateInput,
        response: {
          200: rateView,
          ...writeResponses,
          409: errorBody.extend({ current: rateView.optional() }),
        },
      },
    },
    async (request) =>
      presentRate(
        await setCurrencyRate(
          ctx.db,
          requireUser(request),
          request.params.currency,
          request.params.month,
          request.body,
          ctx.now(),
        ),
      ),
  );

  app.post(
    "/currency-rates/import",
    {
      preValidation: refuseEarlyUnless("editFundRules"),
      schema: {
        tags,
        summary:
          "Import monthly rates from CSV (currency,month,rate): a dry run lists every problem by line; an import writes all or nothing",
        body: rateImportInput,
        response: { 200: rateImportResult, 400: errorBody, 401: errorBody, 403: errorBody },
      },
    },
    async (request) => importCurrencyRates(ctx.db, requireUser(request), request.body, ctx.now()),
  );

  app.get(
    "/cofunding/donors",
    {
      schema: {
        tags,
        summary:
          "Per donor across the portfolio you may read: projects, sources, USD total and amounts per currency",
        response: { 200: donorTotals, 401: errorBody },
      },
    },
    async (request) => ({ items: await listDonorTotals(ctx.db, requireUser(request)) }),
  );

  app.get(
    "/cofunding/donors/export",
    {
      schema: {
        tags,
        summary: "The per-donor totals as an Excel workbook (the same rows as /cofunding/donors)",
        response: { 200: z.any().describe("The .xlsx file"), 401: errorBody },
      },
    },
    async (request, reply) => {
      const body = await donorTotalsWorkbook(await listDonorTotals(ctx.db, requireUser(request)));
      setDownloadHeaders(reply, "donors.xlsx", CONTENT_TYPES.xlsx);
      return reply.send(body);
    },
  );
};

/**
 * One place where failures become responses: field-level 400s for bad input, the status of an
 * HttpError, and a bare 500 for the unexpected (logged with its stack, never sent to the client).
 */
import type { FastifyError, FastifyInstance, FastifyReply } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { DomainError, type ErrorBody, type FieldError, Invalid, TooManyAttempts } from "../../domain/errors";
import { fieldErrorFromIssue } from "../../domain/validation";
import { databaseFailure } from "../db/failures";
import type { DatabaseStatus } from "../db/status";
import { databaseUnavailable, HttpError, storageFull } from "./errors";
import { isMalformedMultipart, malformedUpload } from "./uploads";

interface FastifyValidationItem {
  instancePath: string;
  keyword: string;
  message?: string;
  params?: Record<string, unknown>;
}

function fieldsFromFastify(items: FastifyValidationItem[], context?: string): FieldError[] {
  return items.map((item) => {
    const path = item.instancePath.split("/").filter(Boolean);
    const issueParams = (item.params?.params as Record<string, unknown> | undefined) ?? {};
    const error = fieldErrorFromIssue({
      ...(item.params ?? {}),
      path,
      code: item.keyword,
      message: item.message ?? "Invalid value",
      params: issueParams,
    });
    // A query-string error names its parameter like a body error names its field.
    return context === "querystring" || context === "params"
      ? { ...error, field: error.field || context }
      : error;
  });
}

/** How soon a client may try again after a database failure: about as long as a restart takes. */
const RETRY_AFTER_SECONDS = 5;

const CLIENT_ERRORS: Record<number, ErrorBody["error"]> = {
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  413: "payload_too_large",
};

/** The one place where the domain's refusals become HTTP: a status and the usual body. */
const DOMAIN_STATUS: Record<DomainError["kind"], { status: number; error: ErrorBody["error"] }> = {
  invalid: { status: 400, error: "validation" },
  unauthenticated: { status: 401, error: "unauthorized" },
  refused: { status: 403, error: "forbidden" },
  notFound: { status: 404, error: "not_found" },
  conflict: { status: 409, error: "conflict" },
  rulesBroken: { status: 422, error: "rules" },
  tooManyAttempts: { status: 429, error: "rate_limited" },
};

export function httpAnswer(error: DomainError): {
  status: number;
  body: ErrorBody & Record<string, unknown>;
} {
  const { status, error: code } = DOMAIN_STATUS[error.kind];
  const body = { ...error.details, error: code, message: error.message };
  return { status, body: error.fields ? { ...body, fields: error.fields } : body };
}

export function installErrorHandler(app: FastifyInstance, dbStatus: DatabaseStatus) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) {
      const { status, body } = httpAnswer(error);
      if (error instanceof TooManyAttempts) reply.header("retry-after", String(error.retryAfterSeconds));
      return reply.status(status).send(body);
    }
    if (error instanceof HttpError) {
      return reply.status(error.statusCode).send(error.body);
    }
    if (isMalformedMultipart(error)) {
      return reply.status(400).send(httpAnswer(malformedUpload()).body);
    }
    // Not the request's fault: the database went away or cannot write. Nothing was committed
    // (the transaction failed), so the client may send the same request again.
    const failure = databaseFailure(error);
    if (failure) {
      dbStatus.failed(failure, error);
      const refusal = failure === "unreachable" ? databaseUnavailable() : storageFull();
      return reply
        .status(refusal.statusCode)
        .header("retry-after", String(RETRY_AFTER_SECONDS))
        .send(refusal.body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = fieldsFromFastify(
        error.validation as unknown as FastifyValidationItem[],
        error.validationContext,
      );
      const names = [...new Set(fields.map((f) => f.field || "body"))].join(", ");
      const body: ErrorBody = { error: "validation", message: `Please correct: ${names}`, fields };
      return reply.status(400).send(body);
    }
    const status = error.statusCode ?? 500;
    if (status === 429) {
      return reply
        .status(429)
        .send({ error: "rate_limited", message: "Too many attempts; wait a minute and try again" });
    }
    if (status === 413) {
      return reply.status(413).send({ error: "payload_too_large", message: "The request is too large" });
    }
    if (status >= 400 && status < 500) {
      // Fastify's and its plugins' own client errors (malformed JSON, a directory, a wrong content
      // type): their messages are written for clients.
      const body: ErrorBody = { error: CLIENT_ERRORS[status] ?? "bad_request", message: error.message };
      return reply.status(status).send(body);
    }
    request.log.error({ err: error }, "unhandled error");
    const body: ErrorBody = {
      error: "internal",
      message: "Something went wrong on our side; it has been logged",
    };
    return reply.status(500).send(body);
  });
}

/**
 * Requests Fastify refuses before routing, answered with the usual body: a path that is not
 * percent-encoded UTF-8 (a lone surrogate arrives as %ED%A0%80) and a path parameter too long.
 */
export function frameworkErrors(error: FastifyError, _request: unknown, reply: FastifyReply) {
  if (error.code === "FST_ERR_BAD_URL") {
    const refusal = new Invalid([
      { field: "params", code: "invalid_format", message: "The address is not valid percent-encoded UTF-8" },
    ]);
    return reply.status(400).send(httpAnswer(refusal).body);
  }
  if (error.statusCode === 414) {
    return reply.status(414).send({ error: "bad_request", message: "A part of the address is too long" });
  }
  reply.log.error({ err: error }, "unhandled error before routing");
  return reply
    .status(500)
    .send({ error: "internal", message: "Something went wrong on our side; it has been logged" });
}

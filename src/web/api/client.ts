import createClient from "openapi-fetch";
import type { ErrorBody, FieldError } from "../../domain/errors";
import type { ProjectDetail, ProjectInput, ProjectListQuery, ProjectUpdateInput } from "../../domain/project";
import { reportDatabaseUnavailable } from "./databaseStatus";
import type { paths } from "./schema.gen";

/** An answer other than 2xx, with the status and the JSON body the API sent (if any). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: (ErrorBody & { current?: ProjectDetail }) | null,
  ) {
    super(body?.message ?? `HTTP ${status}`);
    this.name = "ApiError";
  }

  get fields(): FieldError[] {
    return this.body?.fields ?? [];
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** The server is up but cannot reach its database: asking again later will work. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return isApiError(error, 503) && error.body?.error === "databaseUnavailable";
}

/** The server refused the request as beyond its capacity, before doing anything with it. */
export function isOverloaded(error: unknown): boolean {
  return isApiError(error, 503) && error.body?.error === "overloaded";
}

function failure(status: number, json: unknown): ApiError {
  const error = new ApiError(status, (json as ErrorBody | null) ?? null);
  if (isDatabaseUnavailable(error)) reportDatabaseUnavailable();
  return error;
}

// The token comes with the session (login, /api/me) and must accompany every change.
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/**
 * The API, typed from its OpenAPI document (src/web/api/schema.gen.ts, `npm run api:types`): paths,
 * parameters, bodies and answers are the server's own schemas, so a server change that breaks the
 * web app fails `tsc`. Sets go in the query as comma-separated lists, as the API reads them.
 */
export const http = createClient<paths>({
  credentials: "same-origin",
  headers: { Accept: "application/json" },
  querySerializer: (query) => queryParams(query, "comma").toString(),
});
http.use({
  onRequest({ request }) {
    if (request.method !== "GET" && csrfToken) request.headers.set("X-CSRF-Token", csrfToken);
    return request;
  },
});

/** The body of a 2xx answer (undefined for 204); any other answer throws an ApiError. */
export async function answer<T>(
  pending: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await pending;
  // A body that is not JSON (a proxy's error page) reaches us as text: no error body then.
  if (!response.ok) throw failure(response.status, typeof error === "object" ? error : null);
  return data as T;
}

type JsonOf<R> = R extends { content: { "application/json": infer B } } ? B : never;
/** What a POST to an upload route answers (201), by the API's schema. */
export type Uploaded<P extends keyof paths> = paths[P] extends { post: { responses: { 201: infer R } } }
  ? JsonOf<R>
  : never;

/**
 * Sends a multipart form (file uploads) to an upload route of the API; the browser sets the
 * boundary, we add the CSRF token. The form's fields are not in the OpenAPI document (the server
 * streams them), the answer is.
 */
export async function upload<P extends keyof paths>(
  route: P,
  params: Record<string, string>,
  form: FormData,
): Promise<Uploaded<P>> {
  const path = route.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
  const headers: Record<string, string> = { Accept: "application/json" };
  if (csrfToken) headers["X-CSRF-Token"] = csrfToken;
  const response = await fetch(path, { method: "POST", headers, credentials: "same-origin", body: form });
  const text = await response.text();
  const json: unknown = text ? safeJson(text) : null;
  if (!response.ok) throw failure(response.status, json);
  return json as Uploaded<P>;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Only the parameters that are set, so the URL stays short and cacheable ("" counts as not set). */
function queryParams(query: unknown, sets: "comma" | "repeat"): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === "") continue;
    if (!Array.isArray(value)) params.set(key, String(value));
    else if (sets === "repeat") for (const item of value) params.append(key, String(item));
    else if (value.length > 0) params.set(key, value.join(","));
  }
  return params;
}

/** A query as most routes read it: sets as comma-separated lists. */
export function queryString(query: unknown): string {
  const text = queryParams(query, "comma").toString();
  return text ? `?${text}` : "";
}

/** For the routes that read a set by repeating its name (the search's facets: region=WCA&region=EHA). */
export const repeatedSets = (query: unknown) => queryParams(query, "repeat").toString();

export type ProjectListParams = Partial<ProjectListQuery>;

/** A yes/no filter as the API's query reads it ("true" or "false"; absent when not set). */
export function flag(value: boolean | undefined): "true" | "false" | undefined {
  return value === undefined ? undefined : value ? "true" : "false";
}

const amountsOnly = (years: ProjectInput["budgetYears"]): string[] | undefined =>
  years?.every((y): y is string => typeof y === "string") ? years : undefined;

export const api = {
  login: (email: string, password: string) =>
    answer(http.POST("/api/auth/login", { body: { email, password } })),
  loginSecondStep: (body: { pendingToken: string; code: string }) =>
    answer(http.POST("/api/auth/login/two-factor", { body })),
  logout: () => answer(http.POST("/api/auth/logout")),
  me: () => answer(http.GET("/api/me")),
  reference: () => answer(http.GET("/api/reference")),
  managers: () => answer(http.GET("/api/users/managers")),
  projects: (query: ProjectListParams) =>
    answer(http.GET("/api/projects", { params: { query: { ...query, mine: flag(query.mine) } } })),
  project: (id: string) => answer(http.GET("/api/projects/{id}", { params: { path: { id } } })),
  // The form sends its years as amounts; the API also takes the page's own years sent back (an echo).
  createProject: (input: ProjectInput) =>
    answer(http.POST("/api/projects", { body: { ...input, budgetYears: amountsOnly(input.budgetYears) } })),
  updateProject: (id: string, input: ProjectUpdateInput) =>
    answer(
      http.PUT("/api/projects/{id}", {
        params: { path: { id } },
        body: { ...input, budgetYears: amountsOnly(input.budgetYears) },
      }),
    ),
};

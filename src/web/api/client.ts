import type { Me } from "../../domain/auth";
import type { ErrorBody, FieldError } from "../../domain/errors";
import type {
  ProjectDetail,
  ProjectInput,
  ProjectListQuery,
  ProjectPage,
  ProjectUpdateInput,
} from "../../domain/project";
import { reportDatabaseUnavailable } from "./databaseStatus";
import type { Manager, Reference } from "./types";

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

type Method = "GET" | "POST" | "PUT" | "DELETE";

export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["X-CSRF-Token"] = csrfToken;
  const response = await fetch(path, {
    method,
    headers,
    credentials: "same-origin",
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const json: unknown = text ? safeJson(text) : null;
  if (!response.ok) throw failure(response.status, json);
  return json as T;
}

/** Sends a multipart form (file uploads); the browser sets the boundary, we add the CSRF token. */
export async function upload<T>(path: string, form: FormData): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (csrfToken) headers["X-CSRF-Token"] = csrfToken;
  const response = await fetch(path, { method: "POST", headers, credentials: "same-origin", body: form });
  const text = await response.text();
  const json: unknown = text ? safeJson(text) : null;
  if (!response.ok) throw failure(response.status, json);
  return json as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Only the filters that are set, so the URL stays short and cacheable. */
export function queryString(query: Partial<Record<string, string | number | boolean | undefined>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

export type ProjectListParams = Partial<ProjectListQuery>;

export const api = {
  login: (email: string, password: string) => request<Me>("POST", "/api/auth/login", { email, password }),
  logout: () => request<void>("POST", "/api/auth/logout"),
  me: () => request<Me>("GET", "/api/me"),
  reference: () => request<Reference>("GET", "/api/reference"),
  managers: () => request<Manager[]>("GET", "/api/users/managers"),
  projects: (query: ProjectListParams) => request<ProjectPage>("GET", `/api/projects${queryString(query)}`),
  project: (id: string) => request<ProjectDetail>("GET", `/api/projects/${encodeURIComponent(id)}`),
  createProject: (input: ProjectInput) => request<ProjectDetail>("POST", "/api/projects", input),
  updateProject: (id: string, input: ProjectUpdateInput) =>
    request<ProjectDetail>("PUT", `/api/projects/${encodeURIComponent(id)}`, input),
};

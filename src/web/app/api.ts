import type { ErrorBody } from "../../contracts/errors";

/** An API error carrying the server's code and details; the UI translates the code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody["error"],
  ) {
    super(body.message);
  }
}

let csrfToken: string | null = null;
/** Set from GET /api/auth/me after sign-in; sent as x-csrf-token on every mutating request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

async function request<T>(method: string, url: string, body?: unknown, init: RequestInit = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers["content-type"] = "application/json";
    payload = JSON.stringify(body);
  }
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  const res = await fetch(url, { method, body: payload, credentials: "same-origin", ...init, headers: { ...headers, ...(init.headers as Record<string, string> | undefined) } });
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const data = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    const err = (data as ErrorBody | undefined)?.error ?? { code: "internal" as const, message: res.statusText };
    throw new ApiError(res.status, err);
  }
  return data as T;
}

export const api = {
  get: <T>(url: string) => request<T>("GET", url),
  post: <T>(url: string, body?: unknown) => request<T>("POST", url, body),
  put: <T>(url: string, body?: unknown) => request<T>("PUT", url, body),
  patch: <T>(url: string, body?: unknown) => request<T>("PATCH", url, body),
  del: <T>(url: string) => request<T>("DELETE", url),
};

/** Builds a query string from defined values only. */
export function qs(params: Record<string, string | number | boolean | undefined | null>): string {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== "");
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}` : "";
}

import type { Config } from "../../config.js";

export interface SessionCookieOptions {
  httpOnly: true;
  sameSite: "lax";
  path: "/";
  secure: boolean;
  maxAge?: number;
}

/** Pure: Secure when configured "true", or "auto" and the request came over https (behind a proxy too). */
export function cookieIsSecure(setting: Config["cookieSecure"], protocol: string): boolean {
  return setting === "true" || (setting === "auto" && protocol === "https");
}

export function sessionCookieOptions(setting: Config["cookieSecure"], protocol: string, maxAgeSeconds?: number): SessionCookieOptions {
  const options: SessionCookieOptions = { httpOnly: true, sameSite: "lax", path: "/", secure: cookieIsSecure(setting, protocol) };
  if (maxAgeSeconds !== undefined) options.maxAge = maxAgeSeconds;
  return options;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Pure: does a request with this method need the CSRF header when it carries a session? */
export function needsCsrf(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

import type { AppDeps } from "../../platform/http.js";

/** What the sign-in verbs need from the configuration, and the clock (tests pass a fixed one). */
export interface AuthSettings {
  sessionTtlHours: number;
  loginMaxAttempts: number;
  loginWindowMinutes: number;
  now: () => Date;
}

export function authSettings(deps: Pick<AppDeps, "config" | "now">): AuthSettings {
  return {
    sessionTtlHours: deps.config.sessionTtlHours,
    loginMaxAttempts: deps.config.loginMaxAttempts,
    loginWindowMinutes: deps.config.loginWindowMinutes,
    now: deps.now,
  };
}

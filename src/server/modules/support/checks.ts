import type { ErrorDetail } from "../../../contracts/errors.js";
import { validation } from "../../platform/errors.js";

export const futureDate = (path: string): ErrorDetail => ({ path, code: "future_date", message: "This date lies in the future." });

/** Throws validation when the date lies after today. */
export function notInFuture(date: string, today: string, path: string): void {
  if (date > today) throw validation([futureDate(path)]);
}

export function fail(path: string, code: string, message: string): never {
  throw validation([{ path, code, message }]);
}

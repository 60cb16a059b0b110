import type { ErrorDetail } from "../../../../contracts/errors";
import { ActionError } from "../../../components/ActionError";
import { orgDetail } from "../lib/errors";

/** A failed registry action; the registry catalogue knows the module's own detail codes. */
export function OrgActionError({ error, details }: { error: unknown; details?: ErrorDetail[] }) {
  return <ActionError error={error} details={details} translate={orgDetail} />;
}

import type { ErrorDetail } from "../../../../contracts/errors";
import { ActionError as SharedActionError } from "../../../components/ActionError";
import { supportDetail } from "../lib/errors";

/** A failed support action; the support catalogue knows the module's own detail codes. */
export function ActionError({ error, details }: { error: unknown; details?: ErrorDetail[] }) {
  return <SharedActionError error={error} details={details} translate={supportDetail} />;
}

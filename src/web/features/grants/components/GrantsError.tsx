import { ActionError } from "../../../components/ActionError";
import { detailText } from "../lib/format";

/** A failed grants action: the sentence by the error's code, then each detail in the user's language. */
export function GrantsError({ error }: { error: unknown }) {
  return <ActionError error={error} translate={detailText} />;
}

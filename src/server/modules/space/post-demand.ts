import { DemandInput, type DemandDetail } from "../../../contracts/space-demand.js";
import { spaceDemands } from "../../db/schema/space-demand.js";
import { writeAudit } from "../../platform/audit.js";
import { withTransaction, type Ctx } from "../../platform/context.js";
import { validation, zodDetails } from "../../platform/errors.js";
import { checkDemandFields, demandColumns, requireOrganisation } from "./demand-input.js";
import { requireActsFor, requireDemandPoster } from "./demand-policies.js";
import { getDemand } from "./get-demand.js";
import { refreshSuggestions } from "./refresh-suggestions.js";

/**
 * Posts what a company needs: by an entrepreneur for its own organisation, or by an administrator or account
 * manager on the company's behalf. The demand is matched at once; its owners hear of the first suggestions.
 * Demo data passes demo: true.
 */
export async function postDemand({ ctx, input, demo = false }: { ctx: Ctx; input: DemandInput; demo?: boolean }): Promise<DemandDetail> {
  requireDemandPoster(ctx.actor);
  const parsed = DemandInput.safeParse(input);
  if (!parsed.success) throw validation(zodDetails(parsed.error));
  const v = parsed.data;
  requireActsFor(ctx.actor, v.organisationId);
  checkDemandFields(v);
  return withTransaction(ctx, async (tx) => {
    await requireOrganisation(tx, v.organisationId);
    const columns = demandColumns(v);
    const [row] = await tx.db
      .insert(spaceDemands)
      .values({ organisationId: v.organisationId, postedBy: tx.actor.kind === "user" ? tx.actor.userId : null, ...columns, demo })
      .returning({ id: spaceDemands.id });
    await writeAudit(tx, { action: "space_demand.post", entity: "space_demand", entityId: row.id, after: { organisationId: v.organisationId, ...columns, demo } });
    await refreshSuggestions(tx, [row.id]);
    return getDemand({ ctx: tx, input: { id: row.id } });
  });
}

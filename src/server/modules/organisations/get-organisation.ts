import { eq, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { OrganisationProfile } from "../../../contracts/organisations.js";
import { organisationActivities, organisationEstablishments, organisationRelations, organisations } from "../../db/schema/organisations.js";
import type { Ctx } from "../../platform/context.js";
import { notFound } from "../../platform/errors.js";
import { visibleOrganisations } from "./access.js";
import { vatNumber } from "./enterprise-number.js";
import { presentListItem } from "./presenters.js";
import { smeClass, type RelatedEnterprise, type SmeInput } from "./sme.js";

type OrgRow = typeof organisations.$inferSelect;

const PUBLIC_KINDS = new Set(["municipality", "public_body"]);
const figuresOf = (o: OrgRow) => ({ headcount: o.headcount, turnoverEur: o.turnoverEur, balanceSheetEur: o.balanceSheetEur, year: o.figuresYear });

/** The SME test input of an organisation: its own figures and its partner and linked enterprises. */
export async function smeInputFor(ctx: Ctx, org: OrgRow): Promise<SmeInput> {
  const rels = await ctx.db
    .select({ rel: organisationRelations, other: organisations })
    .from(organisationRelations)
    .innerJoin(organisations, or(eq(organisations.id, organisationRelations.relatedId), eq(organisations.id, organisationRelations.organisationId)))
    .where(or(eq(organisationRelations.organisationId, org.id), eq(organisationRelations.relatedId, org.id)));
  const related: RelatedEnterprise[] = [];
  for (const { rel, other } of rels) {
    if (other.id === org.id) continue;
    // Stored from the point of view of rel.organisationId; seen from the other side the direction flips.
    const upstream = rel.organisationId === org.id ? rel.upstream : !rel.upstream;
    related.push({
      id: other.id,
      name: other.name,
      relation: rel.relation as "partner" | "linked",
      sharePct: rel.sharePct,
      upstream,
      isPublicBody: PUBLIC_KINDS.has(other.kind),
      exemptInvestor: rel.exemptInvestor,
      figures: figuresOf(other),
    });
  }
  return { own: figuresOf(org), related };
}

/** Recomputes and stores the SME class (after figures or relations change). */
export async function recomputeSmeClass(ctx: Ctx, organisationId: string): Promise<string> {
  const [org] = await ctx.db.select().from(organisations).where(eq(organisations.id, organisationId)).limit(1);
  if (!org) throw notFound("organisation");
  const result = smeClass(await smeInputFor(ctx, org));
  if (result.class !== org.smeClass) await ctx.db.update(organisations).set({ smeClass: result.class }).where(eq(organisations.id, org.id));
  return result.class;
}

/** Reads one organisation the actor may see; any other id answers not found. */
export async function findVisibleOrganisation(ctx: Ctx, id: string): Promise<OrgRow> {
  if (!z.string().uuid().safeParse(id).success) throw notFound("organisation");
  const scope = visibleOrganisations(ctx.actor);
  const visible = (await ctx.db.execute(
    sql`select o.id from organisations o where o.id = ${id}::uuid ${scope ? sql`and ${scope}` : sql``}`,
  )) as unknown as { rows: { id: string }[] };
  if (visible.rows.length === 0) throw notFound("organisation");
  const [org] = await ctx.db.select().from(organisations).where(eq(organisations.id, id)).limit(1);
  return org;
}

/**
 * The record a merged organisation leads to now: its survivor, following later merges of that survivor
 * (a merge never targets a merged record, so the chain only grows at its end). Null for a live record.
 */
export async function survivorOf(ctx: Ctx, org: Pick<OrgRow, "id" | "mergedInto">): Promise<string | null> {
  let next = org.mergedInto;
  const seen = new Set([org.id]);
  while (next && !seen.has(next)) {
    seen.add(next);
    const [row] = await ctx.db.select({ mergedInto: organisations.mergedInto }).from(organisations).where(eq(organisations.id, next)).limit(1);
    if (!row?.mergedInto) return next;
    next = row.mergedInto;
  }
  return next ?? null;
}

const iso = (d: Date) => d.toISOString();
const dateText = (d: unknown) => (d === null || d === undefined ? null : d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10));

/** The profile of one organisation: registry fields, SME class with its reasons, NACE activities and establishments (KBO and hand-made). */
export async function getOrganisation({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<OrganisationProfile> {
  const org = await findVisibleOrganisation(ctx, input.id);
  const sme = smeClass(await smeInputFor(ctx, org));
  const key = org.kboKey;

  const kboActivities = key
    ? ((await ctx.db.execute(sql`
        select distinct a.nace_version as "naceVersion", a.nace_code as "naceCode", a.classification,
          (select c.description from kbo_code c where c.category = 'Nace' || a.nace_version and c.code = a.nace_code and c.language = 'NL' limit 1) as description
        from kbo_activity a
        where a.entity_number = ${key} and a.nace_version in ('2008', '2025')
        order by 1 desc, 3, 2`)) as unknown as { rows: { naceVersion: string; naceCode: string; classification: string; description: string | null }[] }).rows
    : [];
  const manualActivities = await ctx.db.select().from(organisationActivities).where(eq(organisationActivities.organisationId, org.id));
  const kboEstablishments = key
    ? ((await ctx.db.execute(sql`
        select es.establishment_number as number, es.start_date as "startDate", coalesce(a.street_nl, a.street_fr) as street,
          a.house_number as "houseNumber", a.zipcode as postcode, coalesce(a.municipality_nl, a.municipality_fr) as place,
          p.municipality_nis as "municipalityNis"
        from kbo_establishment es
        left join kbo_address a on a.entity_number = es.establishment_number and a.type_of_address = 'BAET'
        left join postcodes p on p.postcode = a.zipcode
        where es.enterprise_number = ${key}
        order by es.establishment_number`)) as unknown as { rows: Record<string, unknown>[] }).rows
    : [];
  const manualEstablishments = await ctx.db.select().from(organisationEstablishments).where(eq(organisationEstablishments.organisationId, org.id));

  return {
    ...presentListItem(org),
    vatNumber: org.enterpriseNumber ? vatNumber(org.enterpriseNumber) : null,
    country: org.country,
    foreignId: org.foreignId,
    altNames: org.altNames ? org.altNames.split(" | ").filter(Boolean) : [],
    legalFormLabel: org.legalFormLabel,
    startDate: dateText(org.startDate),
    address: { street: org.street, houseNumber: org.houseNumber, box: org.box, postcode: org.postcode, place: org.place, municipalityNis: org.municipalityNis },
    figures: figuresOf(org),
    sme,
    activities: [
      ...kboActivities.map((a) => ({ ...a, source: "kbo" as const })),
      ...manualActivities.map((a) => ({ naceVersion: a.naceVersion, naceCode: a.naceCode, classification: a.classification, description: null, source: "manual" as const })),
    ],
    establishments: [
      ...kboEstablishments.map((e) => ({
        number: (e.number as string) ?? null,
        startDate: dateText(e.startDate),
        street: (e.street as string) ?? null,
        houseNumber: (e.houseNumber as string) ?? null,
        postcode: (e.postcode as string) ?? null,
        place: (e.place as string) ?? null,
        municipalityNis: (e.municipalityNis as string) ?? null,
        source: "kbo" as const,
      })),
      ...manualEstablishments.map((e) => ({
        number: e.establishmentNumber,
        startDate: null,
        street: e.street,
        houseNumber: e.houseNumber,
        postcode: e.postcode,
        place: e.place,
        municipalityNis: e.municipalityNis,
        source: "manual" as const,
      })),
    ],
    website: org.website,
    description: org.description,
    overridden: org.overridden,
    mergedInto: await survivorOf(ctx, org),
    demo: org.demo,
    version: org.version,
    createdAt: iso(org.createdAt),
    updatedAt: iso(org.updatedAt),
  };
}


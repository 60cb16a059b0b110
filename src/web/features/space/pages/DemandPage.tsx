/**
 * /app/ruimte/vragen/:id: one space demand with its ranked suggestions (every criterion met, partly met or not
 * met, with its weight), the excluded items with their reasons, and the introductions (suggested → visit →
 * option → deal). Account managers introduce and move introductions; the owner may close or withdraw.
 */
import { useState } from "react";
import { useParams } from "react-router";
import { useTranslation } from "react-i18next";
import type { IntroductionView } from "../../../../contracts/space-demand";
import { Button } from "../../../components/Button";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { ErrorMessage, errorText } from "../../../components/ErrorMessage";
import { Loading } from "../../../components/Loading";
import { PageHeader } from "../../../components/PageHeader";
import { useToast } from "../../../components/Toast";
import { formatDate, formatEuro, formatNumber } from "../../../i18n/format";
import { useMunicipalityName } from "../../../app/geography";
import { useCloseDemand, useDemand, useIntroduce, useMoveIntroduction } from "../demand/api";
import { SuggestionCard } from "../demand/components/SuggestionCard";
import { useDemandT } from "../demand/i18n";
import "../demand/demand.css";

const NEXT: Record<string, "visit" | "option" | "deal" | null> = { suggested: "visit", visit: "option", option: "deal", deal: null, dropped: null };
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

export function DemandPage() {
  const { id = "" } = useParams();
  const { t, locale } = useDemandT();
  const { t: tc } = useTranslation("common");
  const toast = useToast();
  const muni = useMunicipalityName();
  const query = useDemand(id);
  const introduce = useIntroduce(id);
  const move = useMoveIntroduction();
  const close = useCloseDemand(id);
  const [closing, setClosing] = useState<"closed" | "withdrawn" | null>(null);
  const [dropping, setDropping] = useState<IntroductionView | null>(null);
  if (query.isLoading) return <Loading />;
  if (!query.data) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const { demand: d, suggestions, excluded, introductions, canEdit, canIntroduce } = query.data;
  const introduced = new Set(introductions.map((i) => i.item.id));
  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
    } catch (e) {
      toast.error(errorText(e, tc));
    }
  };
  const moveTo = (i: IntroductionView, stage: "visit" | "option" | "deal" | "dropped") => act(() => move.mutateAsync({ id: i.id, version: i.version, stage, date: today() }));
  const budget = d.budget && (d.budget.maxPricePerM2Cents !== null || d.budget.maxTotalCents !== null)
    ? [d.budget.maxPricePerM2Cents !== null ? `${formatEuro(d.budget.maxPricePerM2Cents / 100, locale)}/m²` : null, d.budget.maxTotalCents !== null ? formatEuro(d.budget.maxTotalCents / 100, locale) : null].filter(Boolean).join(" · ")
    : null;

  return (
    <div className="page">
      <PageHeader
        title={d.title}
        back={{ to: "/app/ruimte/vragen", label: t("detail.back") }}
        meta={
          <>
            <span className="pill">{t(`status.${d.status}`)}</span> {d.demo ? <span className="pill">{t("demo")}</span> : null} {d.organisationName}
          </>
        }
        actions={
          canEdit ? (
            <>
              <Button onClick={() => setClosing("closed")}>{t("detail.close")}</Button>
              <Button variant="danger" onClick={() => setClosing("withdrawn")}>{t("detail.withdraw")}</Button>
            </>
          ) : null
        }
      />
      <section className="card" aria-label={d.title}>
        <p>{t("detail.what", { kind: t(`kind.${d.kind}`), transaction: t(`transaction.${d.transaction}`), min: formatNumber(d.areaMinM2, locale, 0), max: formatNumber(d.areaMaxM2, locale, 0) })}</p>
        <dl className="demand-facts">
          <dt>{t("form.activity")}</dt>
          <dd>{d.activity}</dd>
          <dt>{t("detail.municipalities")}</dt>
          <dd>{d.municipalities.length ? d.municipalities.map(muni).join(", ") : t("detail.anywhere")}</dd>
          {d.neededFrom ? (<><dt>{t("detail.neededFrom")}</dt><dd>{formatDate(d.neededFrom, locale)}</dd></>) : null}
          {budget ? (<><dt>{t("detail.budget")}</dt><dd>{budget}</dd></>) : null}
          {d.wishesText ? (<><dt>{t("form.wishesText")}</dt><dd>{d.wishesText}</dd></>) : null}
        </dl>
        {d.postedByName ? <p className="muted">{t("detail.postedBy", { name: d.postedByName })}</p> : null}
      </section>

      <section aria-labelledby="suggestions-h">
        <h2 id="suggestions-h">{t("detail.suggestions")}</h2>
        <p>{t("detail.suggestionsLead")}</p>
        {suggestions.length === 0 ? (
          <p className="empty">{t("detail.noSuggestions")}</p>
        ) : (
          <ol className="demand-suggestions" data-testid="suggestions">
            {suggestions.map((s) => (
              <SuggestionCard
                key={s.id}
                s={s}
                actions={
                  canIntroduce && !introduced.has(s.item.id) ? (
                    <Button size="small" busy={introduce.isPending} onClick={() => void act(() => introduce.mutateAsync(s.item.kind === "parcel" ? { parcelId: s.item.id } : { premisesId: s.item.id }))}>
                      {t("detail.introduce")}
                    </Button>
                  ) : null
                }
              />
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="excluded-h">
        <h2 id="excluded-h">{t("detail.excluded")}</h2>
        <p>{t("detail.excludedLead")}</p>
        {excluded.length === 0 ? (
          <p className="empty">{t("detail.noExcluded")}</p>
        ) : (
          <ul className="demand-suggestions" data-testid="excluded">
            {excluded.map((s) => <SuggestionCard key={s.id} s={s} />)}
          </ul>
        )}
      </section>

      <section aria-labelledby="intro-h">
        <h2 id="intro-h">{t("detail.introductions")}</h2>
        {introductions.length === 0 ? (
          <p className="empty">{t("detail.noIntroductions")}</p>
        ) : (
          <ul className="demand-intros">
            {introductions.map((i) => {
              const next = NEXT[i.stage];
              const dates = (["suggested", "visit", "option", "deal", "dropped"] as const)
                .map((s) => [s, s === "suggested" ? i.suggestedOn : i[`${s}On` as "visitOn"]] as const)
                .filter(([, date]) => date);
              return (
                <li key={i.id} className="card">
                  <h3>{t(`itemKind.${i.item.kind}`)} {i.item.label}</h3>
                  <ol className="demand-stages" aria-label={t("detail.introductions")}>
                    {dates.map(([s, date]) => (
                      <li key={s} aria-current={s === i.stage ? "step" : undefined}>
                        {t(`stage.${s}`)}: {formatDate(date, locale)}
                      </li>
                    ))}
                  </ol>
                  {i.notes ? <p>{i.notes}</p> : null}
                  {canIntroduce && next ? (
                    <div className="form__actions">
                      <Button size="small" variant="primary" busy={move.isPending} onClick={() => void moveTo(i, next)}>{t("detail.stageNext", { stage: t(`stage.${next}`) })}</Button>
                      <Button size="small" onClick={() => setDropping(i)}>{t("detail.drop")}</Button>
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <ConfirmDialog
        open={closing !== null}
        title={closing === "withdrawn" ? t("detail.withdraw") : t("detail.close")}
        confirmLabel={t("detail.confirm")}
        destructive={closing === "withdrawn"}
        busy={close.isPending}
        onCancel={() => setClosing(null)}
        onConfirm={() => void act(async () => { await close.mutateAsync({ version: d.version, status: closing!, reason: "" }); setClosing(null); })}
      >
        {closing === "withdrawn" ? t("detail.withdrawConfirm") : t("detail.closeConfirm")}
      </ConfirmDialog>
      <ConfirmDialog
        open={dropping !== null}
        title={t("detail.drop")}
        confirmLabel={t("detail.confirm")}
        destructive
        busy={move.isPending}
        onCancel={() => setDropping(null)}
        onConfirm={() => void act(async () => { await moveTo(dropping!, "dropped"); setDropping(null); })}
      >
        {dropping ? `${t(`itemKind.${dropping.item.kind}`)} ${dropping.item.label}` : null}
      </ConfirmDialog>
    </div>
  );
}

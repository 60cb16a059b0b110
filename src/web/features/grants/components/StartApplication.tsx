/** "Start an application" for a signed-in entrepreneur: for their organisation (a choice when they act for several). */
import { useQueries } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useNavigate } from "react-router";
import type { CallSummary } from "../../../../contracts/grants-portal";
import { api } from "../../../app/api";
import { useAuth } from "../../../app/auth";
import { Button, ButtonLink } from "../../../components/Button";
import { useToast } from "../../../components/Toast";
import { useStartApplication } from "../api";
import { localName, useGrT } from "../lib/format";
import { GrantsError } from "./GrantsError";

export function StartApplication({ call }: { call: CallSummary }) {
  const { t, locale } = useGrT();
  const { me, hasRole } = useAuth();
  const id = useId();
  const navigate = useNavigate();
  const toast = useToast();
  const start = useStartApplication();
  const orgIds = (me?.scopes ?? []).filter((s) => s.kind === "organisation").map((s) => s.ref);
  const names = useQueries({ queries: orgIds.map((o) => ({ queryKey: ["organisations", "one", o], queryFn: () => api.get<{ id: string; name: string }>(`/api/organisations/${o}`) })) });
  const [chosen, setChosen] = useState(orgIds[0] ?? "");
  if (call.window === "closed") return null;
  if (!me) return <ButtonLink to={`/aanmelden?next=${encodeURIComponent(`/app/subsidies/oproepen/${call.id}`)}`}>{t("calls.signInToApply")}</ButtonLink>;
  if (!hasRole("entrepreneur")) return null;
  if (!orgIds.length) return <p>{t("calls.noOrganisation")}</p>;
  const go = async () => {
    const detail = await start.mutateAsync({ callId: call.id, organisationId: chosen, title: "", language: locale === "en" ? "en" : "nl" });
    toast.success(t("calls.started"));
    navigate(`/app/subsidies/aanvragen/${detail.id}`);
  };
  return (
    <div className="grants-start">
      <GrantsError error={start.error} />
      {orgIds.length > 1 ? (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-org`}>{t("calls.chooseOrganisation")}</label>
          <select id={`${id}-org`} className="field__input" value={chosen} onChange={(e) => setChosen(e.target.value)}>
            {orgIds.map((o, i) => (
              <option key={o} value={o}>{names[i]?.data?.name ?? o}</option>
            ))}
          </select>
        </div>
      ) : null}
      <Button variant="primary" busy={start.isPending} onClick={() => void go().catch(() => undefined)}>
        {t("calls.apply")}
        <span className="visually-hidden">: {localName(call, locale)}</span>
      </Button>
    </div>
  );
}

/** /app/ruimte/panden/nieuw and /app/ruimte/brownfields/nieuw: a keeper records new premises or a new brownfield. */
import { PageHeader, useDocumentTitle } from "../../../../components/PageHeader";
import { BrownfieldForm, PremisesForm } from "../components/RecordForms";
import { useSupplyT } from "../i18n";
import "../supply.css";

export function NewPremisesPage() {
  const { t } = useSupplyT();
  useDocumentTitle(t("records.newPremisesTitle"));
  return (
    <div className="page">
      <PageHeader title={t("records.newPremisesTitle")} description={t("records.newPremisesLead")} back={{ to: "/app/ruimte/panden", label: t("lists.premisesTitle") }} />
      <PremisesForm />
    </div>
  );
}

export function NewBrownfieldPage() {
  const { t } = useSupplyT();
  useDocumentTitle(t("records.newBrownfieldTitle"));
  return (
    <div className="page">
      <PageHeader title={t("records.newBrownfieldTitle")} description={t("records.newBrownfieldLead")} back={{ to: "/app/ruimte/brownfields", label: t("lists.brownfieldsTitle") }} />
      <BrownfieldForm />
    </div>
  );
}

/** Role options in the user's language, in the order of the contract. */
import { useTranslation } from "react-i18next";
import { Role } from "../../../contracts/identity";
import type { Option } from "../../components/fields";

export const ALL_ROLES = Role.options;

export function useRoleOptions(withHelp = false): Option[] {
  const { t } = useTranslation(["common", "identity"]);
  return ALL_ROLES.map((r) => ({
    value: r,
    label: withHelp ? `${t(`common:roles.${r}`)} — ${t(`identity:form.roleHelp.${r}`)}` : t(`common:roles.${r}`),
  }));
}

export function useLocaleOptions(): Option[] {
  const { t } = useTranslation("common");
  return [
    { value: "nl-BE", label: t("locales.nl-BE") },
    { value: "en", label: t("locales.en") },
  ];
}

/** Links between the business space screens (map, parcels, parks, premises, brownfields, import). */
import { NavLink } from "react-router";
import { useAuth } from "../../../../app/auth";
import { useSupplyT } from "../i18n";

export function SpaceTabs() {
  const { t } = useSupplyT();
  const { hasRole } = useAuth();
  const links: [string, string][] = [
    ["/app/ruimte/kaart", t("nav.map")],
    ["/app/ruimte/percelen", t("nav.parcels")],
    ["/app/ruimte/terreinen", t("nav.parks")],
    ["/app/ruimte/panden", t("nav.premises")],
    ["/app/ruimte/brownfields", t("nav.brownfields")],
  ];
  if (hasRole("administrator", "account_manager", "municipality")) links.push(["/app/ruimte/import", t("nav.import")]);
  return (
    <nav className="supply-tabs" aria-label={t("nav.map")}>
      <ul>
        {links.map(([to, label]) => (
          <li key={to}><NavLink to={to} end>{label}</NavLink></li>
        ))}
      </ul>
    </nav>
  );
}

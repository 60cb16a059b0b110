/** Sustainability, collaboration and access of a park or parcel, as lists. */
import { FEATURE_KEYS, type Access, type ParkFeatures } from "../../../../../contracts/space-supply";
import { formatNumber } from "../../../../i18n/format";
import { useSupplyT } from "../i18n";
import { Dl } from "./bits";

export function FeatureList({ features, own }: { features: ParkFeatures; own?: Record<string, boolean | null> }) {
  const { t } = useSupplyT();
  return (
    <Dl items={FEATURE_KEYS.map((k) => [t(`features.${k}`), <>{features[k] ? t("yes") : t("no")}{own && own[k] === null ? ` (${t("detail.asPark")})` : ""}</>])} />
  );
}

export function AccessList({ access }: { access: Access }) {
  const { t, locale } = useSupplyT();
  const km = (v: number | null) => (v === null ? t("unknown") : `${formatNumber(v, locale, 1)} km`);
  return (
    <Dl items={[
      [t("access.motorwayKm"), km(access.motorwayKm)],
      [t("access.railKm"), km(access.railKm)],
      [t("access.waterKm"), km(access.waterKm)],
      [t("access.publicTransportKm"), km(access.publicTransportKm)],
      [t("access.bikeRoute"), access.bikeRoute === null ? t("unknown") : access.bikeRoute ? t("yes") : t("no")],
      [t("access.gridCapacityKva"), access.gridCapacityKva === null ? t("unknown") : `${formatNumber(access.gridCapacityKva, locale, 0)} kVA`],
    ]} />
  );
}

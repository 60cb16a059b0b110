/**
 * The map of business space: parks (contours), parcels (filled by availability) and premises (points), on the
 * configured base map (MAP_TILE_URL, served by /api/public/space/map-config) or on a plain background without one.
 * Clicking a feature calls onSelect. The map is a picture of the list that always accompanies it.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import * as maplibregl from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { useMapConfig, type MapCollection, type MapFeature } from "../api";
import { useSupplyT } from "../i18n";

maplibregl.setWorkerUrl(workerUrl);

const LIMBURG_BOUNDS: [number, number, number, number] = [4.98, 50.68, 5.92, 51.31];
/** Availability colours (colour-blind safe pairs, with the legend naming each). */
export const AVAILABILITY_COLOURS: Record<string, string> = {
  available: "#1b9e77",
  under_option: "#e6ab02",
  sold: "#7570b3",
  in_use: "#666666",
  not_available: "#d95f02",
};
const PARK_LINE = "#08306b";
const PREMISES_COLOUR = "#e7298a";

export function SupplyMap({ data, onSelect, describedBy }: { data: MapCollection | undefined; onSelect: (f: MapFeature["properties"]) => void; describedBy?: string }) {
  const { t } = useSupplyT();
  const config = useMapConfig();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<maplibregl.Map | null>(null);
  const withPoints = useMemo(() => withParkPoints(data), [data]);
  const latest = useRef(withPoints);
  latest.current = withPoints;
  const select = useRef(onSelect);
  select.current = onSelect;
  const [failed, setFailed] = useState(false);
  const tileUrl = config.data?.tileUrl ?? null;
  const ready = !config.isLoading;

  useEffect(() => {
    if (!container.current || !ready) return;
    let instance: maplibregl.Map;
    try {
      instance = new maplibregl.Map({
        container: container.current,
        bounds: LIMBURG_BOUNDS,
        fitBoundsOptions: { padding: 16 },
        attributionControl: config.data?.attribution ? { compact: true, customAttribution: config.data.attribution } : false,
        dragRotate: false,
        pitchWithRotate: false,
        locale: { "Map.Title": t("map.canvas"), "NavigationControl.ZoomIn": t("map.zoomIn"), "NavigationControl.ZoomOut": t("map.zoomOut") },
        style: {
          version: 8,
          sources: tileUrl ? { base: { type: "raster", tiles: [tileUrl], tileSize: 256 } } : {},
          layers: [{ id: "background", type: "background", paint: { "background-color": "#eef1f4" } }, ...(tileUrl ? [{ id: "base", type: "raster" as const, source: "base" }] : [])],
        },
      });
    } catch {
      setFailed(true);
      return;
    }
    map.current = instance;
    instance.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
    const popup = new maplibregl.Popup({ closeButton: false, closeOnClick: false });
    instance.on("load", () => {
      instance.addSource("supply", { type: "geojson", data: (latest.current ?? { type: "FeatureCollection", features: [] }) as never });
      instance.addLayer({ id: "parks-fill", type: "fill", source: "supply", filter: ["==", ["get", "layer"], "park"], paint: { "fill-color": PARK_LINE, "fill-opacity": 0.06 } });
      instance.addLayer({ id: "parks-line", type: "line", source: "supply", filter: ["==", ["get", "layer"], "park"], paint: { "line-color": PARK_LINE, "line-width": 2 } });
      instance.addLayer({
        id: "parcels", type: "fill", source: "supply", filter: ["==", ["get", "layer"], "parcel"],
        paint: { "fill-color": ["match", ["get", "availability"], ...Object.entries(AVAILABILITY_COLOURS).flat(), "#999999"] as never, "fill-opacity": 0.75, "fill-outline-color": "#1a1a1a" },
      });
      instance.addLayer({
        id: "park-points", type: "circle", source: "supply", maxzoom: 12, filter: ["==", ["get", "layer"], "park-point"],
        paint: { "circle-color": PARK_LINE, "circle-radius": 7, "circle-stroke-color": "#ffffff", "circle-stroke-width": 2 },
      });
      instance.addLayer({ id: "premises", type: "circle", source: "supply", filter: ["==", ["get", "layer"], "premises"], paint: { "circle-color": PREMISES_COLOUR, "circle-radius": 6, "circle-stroke-color": "#1a1a1a", "circle-stroke-width": 1.2 } });
      fit(instance, latest.current);
    });
    for (const layer of ["parcels", "premises", "parks-fill", "park-points"]) {
      instance.on("click", layer, (e) => {
        const f = e.features?.[0];
        if (f) select.current({ ...(f.properties as MapFeature["properties"]), layer: f.properties?.layer === "park-point" ? "park" : (f.properties?.layer as MapFeature["properties"]["layer"]) });
      });
      instance.on("mousemove", layer, (e) => {
        const f = e.features?.[0];
        if (!f) return;
        instance.getCanvas().style.cursor = "pointer";
        popup.setLngLat(e.lngLat).setText(String(f.properties?.name ?? "")).addTo(instance);
      });
      instance.on("mouseleave", layer, () => {
        instance.getCanvas().style.cursor = "";
        popup.remove();
      });
    }
    instance.on("error", () => undefined);
    return () => {
      popup.remove();
      instance.remove();
      map.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, tileUrl]);

  useEffect(() => {
    const m = map.current;
    const source = m?.getSource("supply") as maplibregl.GeoJSONSource | undefined;
    if (!m || !source || !withPoints) return;
    source.setData(withPoints as never);
  }, [withPoints]);

  return (
    <figure className="supply-map">
      {failed ? <p className="supply-map__fallback">{t("map.unavailable")}</p> : <div ref={container} className="supply-map__canvas" aria-describedby={describedBy} role="region" aria-label={t("map.canvas")} />}
      <figcaption>
        {!tileUrl ? <p className="supply-map__note">{t("map.noBase")}</p> : null}
        <ul className="supply-map__legend" aria-label={t("map.legend")}>
          {Object.entries(AVAILABILITY_COLOURS).map(([key, colour]) => (
            <li key={key}>
              <span className="supply-map__swatch" style={{ background: colour }} aria-hidden="true" />
              {t(`availability.${key}` as never)}
            </li>
          ))}
          <li>
            <span className="supply-map__swatch supply-map__swatch--park" aria-hidden="true" />
            {t("map.park")}
          </li>
          <li>
            <span className="supply-map__swatch supply-map__swatch--premises" aria-hidden="true" />
            {t("map.premises")}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}

/** Parks are small at the province's scale: each also gets a point at the centre of its bounding box (shown zoomed out). */
function withParkPoints(data: MapCollection | undefined) {
  if (!data) return undefined;
  const points = data.features.filter((f) => f.properties.layer === "park").map((f) => {
    const [w, s, e, n] = bboxOf([f]);
    return { type: "Feature" as const, id: `${f.id}-point`, geometry: { type: "Point" as const, coordinates: [(w + e) / 2, (s + n) / 2] }, properties: { ...f.properties, layer: "park-point" } };
  });
  return { ...data, features: [...data.features, ...(points as unknown as MapFeature[])] } as MapCollection;
}

function fit(instance: maplibregl.Map, data: MapCollection | undefined) {
  if (!data?.features.length) return;
  const [w, s, e, n] = bboxOf(data.features);
  if (Number.isFinite(w)) instance.fitBounds([w, s, e, n], { padding: 32, maxZoom: 15, duration: 0 });
}

/** The bounding box [west, south, east, north] of the features' coordinates (infinite when there are none). */
function bboxOf(features: readonly MapFeature[]): [number, number, number, number] {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === "number") {
      w = Math.min(w, c[0] as number); e = Math.max(e, c[0] as number); s = Math.min(s, c[1] as number); n = Math.max(n, c[1] as number);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of features) visit((f.geometry as { coordinates?: unknown }).coordinates);
  return [w, s, e, n];
}

import { useEffect, useMemo, useRef, useState } from "react";
import type { AppLocale } from "../../../i18n/format";
import * as maplibregl from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import type { Unit } from "../../../../contracts/compass";
import { formatDate } from "../../../i18n/format";
import { formatValue, useCompassT } from "../lib/format";
import { stepOf, valueBreaks } from "../lib/scale";

maplibregl.setWorkerUrl(workerUrl);

export type MunicipalPoint = { nis: string; name: string; value: number | null; periodDate: string | null; lat: number; lon: number };

/** Limburg's extent (west, south, east, north), with a little margin. */
const LIMBURG_BOUNDS: [number, number, number, number] = [4.98, 50.68, 5.92, 51.31];
/** Sequential scale, light to dark; steps are also shown with growing circle sizes. */
const STEP_COLOURS = ["#c6dbef", "#6baed6", "#2171b5", "#08306b"];
const STEP_RADII = [6, 9, 12, 16];
const EMPTY_COLOUR = "#ffffff";
/** Towns named on the map for orientation (there is no base map): Hasselt, Genk, Sint-Truiden, Tongeren-Borgloon, Maaseik, Lommel. */
const LABELLED = ["71072", "71016", "71053", "73111", "72021", "72020"];

/** Optional raster tile template (e.g. https://tile.example/{z}/{x}/{y}.png); without it the map draws points only. */
const TILE_URL: string | undefined = import.meta.env.VITE_MAP_TILE_URL;
const TILE_ATTRIBUTION: string | undefined = import.meta.env.VITE_MAP_TILE_ATTRIBUTION;

/**
 * Limburg's 38 municipalities as circles at their town centre, coloured and sized by value. The map is a
 * picture of the table that always accompanies it; it never carries information on its own.
 */
export function MunicipalityMap({ points, unit, describedBy }: { points: MunicipalPoint[]; unit: Unit; describedBy?: string }) {
  const { t, locale } = useCompassT();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<maplibregl.Map | null>(null);
  const [failed, setFailed] = useState(false);
  const [labels, setLabels] = useState<{ nis: string; name: string; x: number; y: number }[]>([]);
  const breaks = useMemo(() => valueBreaks(points.flatMap((p) => (p.value === null ? [] : [p.value]))), [points]);

  const geojson = useMemo(
    () => ({
      type: "FeatureCollection" as const,
      features: points.map((p) => ({
        type: "Feature" as const,
        geometry: { type: "Point" as const, coordinates: [p.lon, p.lat] },
        properties: {
          nis: p.nis,
          name: p.name,
          hasValue: p.value !== null,
          step: p.value === null ? -1 : stepOf(p.value, breaks),
          label: `${p.name}: ${p.value === null ? t("map.noValue") : formatValue(p.value, unit, locale, t)}${p.periodDate ? ` (${formatDate(p.periodDate, locale)})` : ""}`,
        },
      })),
    }),
    [points, breaks, unit, locale, t],
  );

  const latest = useRef(geojson);
  latest.current = geojson;
  const latestPoints = useRef(points);
  latestPoints.current = points;

  useEffect(() => {
    if (!container.current) return;
    let instance: maplibregl.Map;
    try {
      instance = new maplibregl.Map({
        container: container.current,
        bounds: LIMBURG_BOUNDS,
        fitBoundsOptions: { padding: 16 },
        attributionControl: TILE_ATTRIBUTION ? { compact: true, customAttribution: TILE_ATTRIBUTION } : false,
        dragRotate: false,
        pitchWithRotate: false,
        locale: { "Map.Title": t("map.canvasLabel"), "NavigationControl.ZoomIn": t("map.zoomIn"), "NavigationControl.ZoomOut": t("map.zoomOut") },
        style: {
          version: 8,
          sources: TILE_URL ? { base: { type: "raster", tiles: [TILE_URL], tileSize: 256, attribution: TILE_ATTRIBUTION } } : {},
          layers: [{ id: "background", type: "background", paint: { "background-color": "#eef1f4" } }, ...(TILE_URL ? [{ id: "base", type: "raster" as const, source: "base" }] : [])],
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
      instance.addSource("municipalities", { type: "geojson", data: latest.current });
      instance.addLayer({
        id: "municipalities",
        type: "circle",
        source: "municipalities",
        paint: {
          "circle-color": ["case", ["get", "hasValue"], ["match", ["get", "step"], 0, STEP_COLOURS[0], 1, STEP_COLOURS[1], 2, STEP_COLOURS[2], STEP_COLOURS[3]], EMPTY_COLOUR],
          "circle-radius": ["case", ["get", "hasValue"], ["match", ["get", "step"], 0, STEP_RADII[0], 1, STEP_RADII[1], 2, STEP_RADII[2], STEP_RADII[3]], 4],
          "circle-stroke-color": "#1a1a1a",
          "circle-stroke-width": 1.2,
        },
      });
    });
    const placeLabels = () =>
      setLabels(
        latestPoints.current
          .filter((p) => LABELLED.includes(p.nis))
          .map((p) => {
            const at = instance.project([p.lon, p.lat]);
            return { nis: p.nis, name: p.name, x: at.x, y: at.y };
          }),
      );
    instance.on("load", placeLabels);
    instance.on("move", placeLabels);
    instance.on("resize", placeLabels);
    instance.on("mousemove", "municipalities", (e) => {
      const f = e.features?.[0];
      if (!f) return;
      instance.getCanvas().style.cursor = "pointer";
      popup.setLngLat(e.lngLat).setText(String(f.properties?.label ?? "")).addTo(instance);
    });
    instance.on("mouseleave", "municipalities", () => {
      instance.getCanvas().style.cursor = "";
      popup.remove();
    });
    instance.on("error", () => undefined);
    return () => {
      popup.remove();
      instance.remove();
      map.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    (m.getSource("municipalities") as maplibregl.GeoJSONSource | undefined)?.setData(geojson);
  }, [geojson]);

  const legend = legendSteps(breaks, points, unit, locale, t);
  return (
    <figure className="compass-map">
      {failed ? (
        <p className="compass-map__fallback">{t("map.unavailable")}</p>
      ) : (
        <div className="compass-map__frame">
          <div ref={container} className="compass-map__canvas" aria-describedby={describedBy} />
          <div className="compass-map__labels" aria-hidden="true">
            {labels.map((l) => (
              <span key={l.nis} style={{ left: l.x, top: l.y }}>
                {l.name}
              </span>
            ))}
          </div>
        </div>
      )}
      <figcaption>
        <span className="visually-hidden">{t("map.caption")}</span>
        <ul className="compass-map__legend" aria-label={t("map.legend")}>
          {legend.map((s) => (
            <li key={s.key}>
              <svg width="34" height="34" viewBox="0 0 34 34" aria-hidden="true" focusable="false">
                <circle cx="17" cy="17" r={s.radius} fill={s.colour} stroke="#1a1a1a" strokeWidth="1.2" />
              </svg>
              <span>{s.label}</span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

function legendSteps(breaks: number[], points: MunicipalPoint[], unit: Unit, locale: AppLocale, t: ReturnType<typeof useCompassT>["t"]) {
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const steps: { key: string; colour: string; radius: number; label: string }[] = [];
  if (values.length) {
    const min = Math.min(...values);
    const max = Math.max(...values);
    const edges = [min, ...breaks, max];
    for (let i = 0; i < edges.length - 1; i++) {
      const lo = edges[i];
      const hi = edges[i + 1];
      const step = stepOf(lo, breaks);
      const label = lo === hi ? formatValue(lo, unit, locale, t) : t("map.range", { from: formatValue(lo, unit, locale, t), to: formatValue(hi, unit, locale, t) });
      steps.push({ key: `s${i}`, colour: STEP_COLOURS[step], radius: STEP_RADII[step], label });
    }
  }
  if (points.some((p) => p.value === null)) steps.push({ key: "none", colour: EMPTY_COLOUR, radius: 4, label: t("map.noValue") });
  return steps;
}

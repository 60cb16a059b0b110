import type { MultiPolygon } from "geojson";

/*
 * An approximate outline of the province of Limburg (BE), used to refuse contours that cannot lie in the
 * province (a parcel drawn in Brussels, in the Netherlands, or with longitude and latitude swapped).
 *
 * How it was made: traced by hand as two simplified polygons in WGS84 (about 40 vertices for the main part,
 * 10 for the Voeren exclave), from the known course of the borders and the main towns on either side:
 * - The national border with the Netherlands (north along Lommel–Hamont-Achel–Bocholt–Kinrooi, east along the
 *   Maas from Kessenich to Lanaken, and around Maastricht along Lanaken–Riemst) is followed closely, within
 *   about 1–2 km. Maastricht, Weert, Budel, Thorn, Stein, Sittard and Eijsden fall outside, and so would a few
 *   hundred metres of Belgian ground right on the border (e.g. parts of Smeermaas near Maastricht).
 * - The borders with the provinces of Antwerp, Flemish Brabant and Liège are followed generously (up to about
 *   2 km outward): a contour just across them may pass; Mol, Balen, Landen, Zoutleeuw and Liège fall outside.
 * - Voeren (an exclave between the Netherlands and Wallonia) is its own polygon, so the Dutch land between it
 *   and the rest of the province (Maastricht, Eijsden) stays outside.
 * The outline is a plausibility check, not a cadastral boundary: which municipality a parcel belongs to is
 * recorded on the parcel itself. Every point of the 38 municipalities' reference coordinates lies inside it
 * (see geometry.test.ts).
 */

/** Main part of the province, counter-clockwise (RFC 7946), [lon, lat]. */
const MAIN: [number, number][] = [
  [5.2, 51.26],
  [5.22, 51.2],
  [5.21, 51.15],
  [5.1, 51.135],
  [4.98, 51.08],
  [5.0, 51.02],
  [5.055, 50.97],
  [5.07, 50.92],
  [5.11, 50.86],
  [5.1, 50.78],
  [5.08, 50.72],
  [5.12, 50.69],
  [5.2, 50.69],
  [5.3, 50.695],
  [5.38, 50.71],
  [5.45, 50.71],
  [5.52, 50.745],
  [5.6, 50.76],
  [5.69, 50.775],
  [5.685, 50.8],
  [5.655, 50.82],
  [5.645, 50.85],
  [5.665, 50.87],
  [5.695, 50.885],
  [5.725, 50.915],
  [5.745, 50.955],
  [5.76, 50.99],
  [5.77, 51.02],
  [5.785, 51.05],
  [5.81, 51.085],
  [5.825, 51.12],
  [5.845, 51.155],
  [5.79, 51.17],
  [5.73, 51.19],
  [5.675, 51.195],
  [5.645, 51.225],
  [5.6, 51.255],
  [5.54, 51.285],
  [5.47, 51.305],
  [5.4, 51.295],
  [5.33, 51.29],
  [5.23, 51.295],
  [5.2, 51.26],
];

/** The Voeren exclave, counter-clockwise. */
const VOEREN: [number, number][] = [
  [5.705, 50.765],
  [5.705, 50.735],
  [5.75, 50.72],
  [5.82, 50.715],
  [5.89, 50.705],
  [5.925, 50.74],
  [5.92, 50.772],
  [5.87, 50.768],
  [5.82, 50.77],
  [5.76, 50.775],
  [5.705, 50.765],
];

export const LIMBURG_OUTLINE: MultiPolygon = { type: "MultiPolygon", coordinates: [[MAIN], [VOEREN]] };

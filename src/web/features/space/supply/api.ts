/** Queries and mutations of the business space screens (parks, parcels, premises, brownfields, map, import). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AvailabilityChange, BrownfieldInput, BrownfieldUpdate, BrownfieldView, DocumentInput, DocumentView, ImportReport, ParcelUpdate, ParcelView, ParkUpdate, ParkView, PremisesInput, PremisesUpdate, PremisesView,
  PublicParcelView, PublicParkView, PublicPremisesView,
} from "../../../../contracts/space-supply";
import type { Geometry } from "geojson";
import { api, qs } from "../../../app/api";

const enc = encodeURIComponent;
export type SupplyFilters = { municipality?: string; park?: string; availability?: string; kind?: string; minAreaM2?: number; q?: string; sort?: string; limit?: number; offset?: number };
export type Page<T> = { total: number; items: T[] };
export interface MapFeature {
  type: "Feature";
  id: string;
  geometry: Geometry;
  properties: { layer: "park" | "parcel" | "premises"; id: string; code: string; name: string; availability: string | null; kind: string; municipalityNis: string; municipalityName: string; areaM2: number; parkId: string | null; demo: boolean };
}
export interface MapCollection { type: "FeatureCollection"; features: MapFeature[] }

export const supplyKeys = {
  all: ["spaceSupply"] as const,
  list: (what: string, q: object) => ["spaceSupply", what, q] as const,
  one: (what: string, id: string) => ["spaceSupply", what, "one", id] as const,
};

const q = (f: SupplyFilters) => qs({ ...f });

export function useSupplyMap(filters: SupplyFilters, audience: "staff" | "public") {
  const base = audience === "staff" ? "/api/space/map" : "/api/public/space/map";
  return useQuery({ queryKey: supplyKeys.list(`map-${audience}`, filters), queryFn: () => api.get<MapCollection>(`${base}${q(filters)}`), placeholderData: keepPreviousData });
}

export function useMapConfig() {
  return useQuery({ queryKey: ["spaceSupply", "map-config"], queryFn: () => api.get<{ tileUrl: string | null; attribution: string | null }>("/api/public/space/map-config"), staleTime: Infinity });
}

export const useParcels = (f: SupplyFilters) => useQuery({ queryKey: supplyKeys.list("parcels", f), queryFn: () => api.get<Page<ParcelView>>(`/api/space/parcels${q(f)}`), placeholderData: keepPreviousData });
export const useParks = (f: SupplyFilters) => useQuery({ queryKey: supplyKeys.list("parks", f), queryFn: () => api.get<Page<ParkView>>(`/api/space/parks${q(f)}`), placeholderData: keepPreviousData });
export const usePremisesList = (f: SupplyFilters) => useQuery({ queryKey: supplyKeys.list("premises", f), queryFn: () => api.get<Page<PremisesView>>(`/api/space/premises${q(f)}`), placeholderData: keepPreviousData });
export const useBrownfields = (f: SupplyFilters) => useQuery({ queryKey: supplyKeys.list("brownfields", f), queryFn: () => api.get<Page<BrownfieldView>>(`/api/space/brownfields${q(f)}`), placeholderData: keepPreviousData });
export const useParcel = (id: string) => useQuery({ queryKey: supplyKeys.one("parcel", id), queryFn: () => api.get<ParcelView>(`/api/space/parcels/${enc(id)}`) });
export const usePark = (id: string) => useQuery({ queryKey: supplyKeys.one("park", id), queryFn: () => api.get<ParkView>(`/api/space/parks/${enc(id)}`) });
export const useBrownfield = (id: string) => useQuery({ queryKey: supplyKeys.one("brownfield", id), queryFn: () => api.get<BrownfieldView>(`/api/space/brownfields/${enc(id)}`) });
export const usePremises = (id: string) => useQuery({ queryKey: supplyKeys.one("premises", id), queryFn: () => api.get<PremisesView>(`/api/space/premises/${enc(id)}`) });

export const usePublicParcels = (f: SupplyFilters) => useQuery({ queryKey: supplyKeys.list("public-parcels", f), queryFn: () => api.get<Page<PublicParcelView>>(`/api/public/space/parcels${q(f)}`), placeholderData: keepPreviousData });
export const usePublicPremises = (f: SupplyFilters) => useQuery({ queryKey: supplyKeys.list("public-premises", f), queryFn: () => api.get<Page<PublicPremisesView>>(`/api/public/space/premises${q(f)}`), placeholderData: keepPreviousData });
export const usePublicParcel = (id: string) => useQuery({ queryKey: supplyKeys.one("public-parcel", id), queryFn: () => api.get<PublicParcelView>(`/api/public/space/parcels/${enc(id)}`) });
export const usePublicPark = (id: string) => useQuery({ queryKey: supplyKeys.one("public-park", id), queryFn: () => api.get<PublicParkView>(`/api/public/space/parks/${enc(id)}`) });

function useRefresh() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: supplyKeys.all });
    void client.invalidateQueries({ queryKey: ["spaceDemand"] });
    void client.invalidateQueries({ queryKey: ["compass"] });
  };
}

export function useSetAvailability(id: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (input: AvailabilityChange) => api.post<ParcelView>(`/api/space/parcels/${enc(id)}/availability`, input), onSuccess: refresh });
}
export function useUpdateParcel(id: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (input: ParcelUpdate) => api.patch<ParcelView>(`/api/space/parcels/${enc(id)}`, input), onSuccess: refresh });
}
/** Deletes a parcel, premises or brownfield at the version the user saw. */
export function useDeleteRecord(kind: "parcels" | "premises" | "brownfields", id: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (version: number) => api.del<{ id: string }>(`/api/space/${kind}/${enc(id)}?version=${version}`), onSuccess: refresh });
}
export function useUpdatePark(id: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (input: ParkUpdate) => api.patch<ParkView>(`/api/space/parks/${enc(id)}`, input), onSuccess: refresh });
}
export function useAddDocument() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (input: DocumentInput) => api.post<DocumentView>("/api/space/documents", input), onSuccess: refresh });
}
export function useRemoveDocument() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (id: string) => api.del<{ id: string }>(`/api/space/documents/${enc(id)}`), onSuccess: refresh });
}
export function useImport() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ file, target, park, dryRun }: { file: File; target: "parcels" | "parks"; park?: string; dryRun: boolean }) => {
      const form = new FormData();
      form.append("file", file, file.name);
      return api.post<ImportReport>(`/api/space/imports${qs({ target, park, dryRun: dryRun ? "true" : "false" })}`, form);
    },
    onSuccess: (report) => {
      if (report.applied) refresh();
    },
  });
}

/** Export links of a list (server files, with the list's filters). */
export function exportUrl(audience: "staff" | "public", target: "parks" | "parcels", format: "csv" | "xlsx" | "geojson" | "jsonld", f: SupplyFilters): string {
  const { limit: _l, offset: _o, ...rest } = f;
  return `${audience === "staff" ? "/api/space" : "/api/public/space"}/export/${target}.${format}${qs({ ...rest })}`;
}


export function useCreatePremises() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (input: PremisesInput) => api.post<PremisesView>("/api/space/premises", input), onSuccess: refresh });
}
export function useUpdatePremises(id: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (input: PremisesUpdate) => api.patch<PremisesView>(`/api/space/premises/${enc(id)}`, input), onSuccess: refresh });
}
export function useCreateBrownfield() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (input: BrownfieldInput) => api.post<BrownfieldView>("/api/space/brownfields", input), onSuccess: refresh });
}
export function useUpdateBrownfield(id: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (input: BrownfieldUpdate) => api.patch<BrownfieldView>(`/api/space/brownfields/${enc(id)}`, input), onSuccess: refresh });
}

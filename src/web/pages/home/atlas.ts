/**
 * The world map's data, Natural Earth 1:110m countries from world-atlas, fetched as a JSON file
 * (a hashed, cacheable asset) rather than bundled as JavaScript: the home page's scripts stay
 * small, and the browser parses JSON faster than code.
 */
import type { GeometryCollection, Topology } from "topojson-specification";
import atlasUrl from "world-atlas/countries-110m.json?url";

export type CountriesTopology = Topology<{ countries: GeometryCollection }>;

let loading: Promise<CountriesTopology> | null = null;
let loaded: CountriesTopology | null = null;

export function loadAtlas(): Promise<CountriesTopology> {
  loading ??= fetch(atlasUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`world atlas: HTTP ${response.status}`);
      return response.json() as Promise<CountriesTopology>;
    })
    .then((atlas) => {
      loaded = atlas;
      return atlas;
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

/** The atlas once `loadAtlas` has resolved. */
export function loadedAtlas(): CountriesTopology {
  if (!loaded) throw new Error("the world atlas is not loaded yet");
  return loaded;
}

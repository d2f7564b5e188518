// The module the Vite plugin (src/vite/atlas-data.ts) generates: where the graph JSON is served.
declare module 'virtual:atlas-data' {
  export const dataUrl: string;
  /** A built page's second part: concepts and resources, fetched after the map is drawn; null in dev. */
  export const detailsUrl: string | null;
}

// The module the Vite plugin (src/vite/atlas-data.ts) generates: where the graph JSON is served.
declare module 'virtual:atlas-data' {
  /** The map's part of the data (a built page's names its other parts) or, in dev, the whole graph. */
  export const dataUrl: string;
}

// The module the Vite plugin (src/vite/atlas-data.ts) generates: where the graph JSON is served.
declare module 'virtual:atlas-data' {
  export const dataUrl: string;
  export const docsName: string;
}

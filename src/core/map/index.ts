// The map's public face: what the Vite plugin and the page's worker send (payloads, in their wire
// form) and what the page reads back. The layout inside is computed when the data is built.
export {
  dataFiles,
  toPayload,
  toPayloads,
  type AtlasPayload,
  type DataFile,
  type DetailsManifest,
  type DetailsPayload,
  type PartOrder,
  type SearchPayload,
  type WirePlacement,
  type WireSearchRow,
} from './payload.ts';
export { decodeGraph, encodeGraph, type AtlasSerializedGraph, type WireGraph } from './codec.ts';
export type { BuildStats } from '../summary.ts';

// Messages between the page and the worker that builds a chosen docs folder.
import type { InputFile } from '../../core/types';
import type { AtlasPayload } from '../../core/map/index';

export interface BuildRequest {
  /** The folder's name: the dataset's name in the header. */
  name: string;
  files: InputFile[];
}

export type BuildReply =
  | { type: 'progress'; message: string }
  | { type: 'violation'; message: string }
  | { type: 'done'; payload: AtlasPayload }
  | { type: 'error'; message: string };

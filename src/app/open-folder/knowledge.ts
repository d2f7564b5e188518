// The shipped knowledge base for folders built in the page, as the Node reader passes it to the CLI
// and the Vite plugin: the same YAML file, bundled as text (data, not code, so no boundary is crossed).
// eslint-disable-next-line no-restricted-imports
import text from '../../core/prereq/knowledge/subjects.yaml?raw';
import type { InputFile } from '../../core/index';

export const SHIPPED_KNOWLEDGE: InputFile = { path: 'atlas:knowledge/subjects.yaml', bytes: new TextEncoder().encode(text) };

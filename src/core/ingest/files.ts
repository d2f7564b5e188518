// Which files of a docs tree are Atlas's to read, by their path: one rule for the CLI's and the
// Vite plugin's reader on disk, the page's folder picker and the build itself.

/** Markdown documents, as Docusaurus reads them. */
export const DOCUMENT_EXTENSION = /\.mdx?$/i;

/** A folder never looked into: hidden ones (.git, .docusaurus) and installed packages. */
export const isSkippedFolder = (name: string): boolean => name.startsWith('.') || name === 'node_modules';

/** A document, a folder's `_category_.json`, or null for a file Atlas does not read. */
export function treeFileKind(path: string): 'document' | 'category' | null {
  const segments = path.split('/');
  const name = segments.pop() ?? '';
  if (segments.some(isSkippedFolder)) return null;
  if (DOCUMENT_EXTENSION.test(name)) return 'document';
  return name === '_category_.json' ? 'category' : null;
}

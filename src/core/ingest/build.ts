// A docs tree in, the typed graph of its documents out: Docusaurus ordering, one reader per
// document, then the cross-document links resolved once everything is known. Prerequisites are
// the next stage's (src/core/build.ts), so ingest never imports prereq.
import type { AtlasGraph, Diagnostic, InputFile, NodeId, Signal } from '../types';
import { GraphBuilder, slug, type Accounting } from './builder';
import { decodeText } from './decode';
import { parseCategory, splitFrontMatter, type Category, type FrontMatter } from './frontmatter';
import { parseBlocks } from './markdown';
import { readDocument } from './document';
import { classifyOrientation } from './orientation';
import { resolveDocLinks } from './resolve';
import { DEFAULT_LIMITS, enforceLineLimits, type Limits } from './limits';
import { DOCUMENT_EXTENSION, treeFileKind } from './files';

export interface BuildOptions {
  /** Name of the dataset, shown by the page. */
  name?: string;
  /** The project's curation files (graph/curation/*.yaml). */
  curation?: readonly InputFile[];
  /** Knowledge-base files: the shipped `subjects.yaml` (which the Node reader and the page pass by default) and a user's own. */
  knowledge?: readonly InputFile[];
  /** The inference signals to use; all by default. */
  signals?: readonly Signal[];
  limits?: Partial<Limits>;
}

export interface BuildResult {
  graph: AtlasGraph;
  diagnostics: Diagnostic[];
  accounting: Accounting;
  documents: number;
}

interface DocEntry {
  file: string;
  folder: string;
  name: string;
  frontMatter: FrontMatter;
  body: string;
  bodyLineOffset: number;
}

const stripNumberPrefix = (s: string): string => s.replace(/^\d+[-_.\s]+(?=.)/, '');

/** Folder of a relative path ('' at the root). */
const folderOf = (p: string): string => p.split('/').slice(0, -1).join('/');
const baseOf = (p: string): string => p.split('/').pop() ?? p;

export function docIdFor(file: string): NodeId {
  const segments = file.split('/').map((s, i, all) => stripNumberPrefix(i === all.length - 1 ? s.replace(DOCUMENT_EXTENSION, '') : s));
  return segments.map(slug).join('/');
}

/** The documents read into the builder; its `requirements` (names not yet resolved) wait for prereq. */
export interface Ingested {
  builder: GraphBuilder;
  documents: number;
}

export function ingestTree(files: readonly InputFile[], options: BuildOptions = {}): Ingested {
  const b = new GraphBuilder(options.name ?? 'docs');
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  let read = 0;
  const docs: DocEntry[] = [];
  const categories = new Map<string, Category>();

  for (const f of [...files].sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0))) {
    const name = baseOf(f.path);
    const kind = treeFileKind(f.path);
    if (kind === null) continue;
    const isDoc = kind === 'document';
    if (name.startsWith('_') && isDoc) {
      b.diagnose({ file: f.path, line: 1 }, 'info', 'partial', 'partial (file name starts with "_") skipped, as Docusaurus does');
      continue;
    }
    const size = f.size ?? f.bytes.length;
    if (size > limits.maxFileBytes) {
      b.diagnose({ file: f.path, line: 1 }, 'error', 'too-large', `file is ${(size / 1048576).toFixed(1)} MB, over the ${(limits.maxFileBytes / 1048576).toFixed(1)} MB limit; file skipped`);
      continue;
    }
    if (isDoc && ++read > limits.maxFiles) {
      if (read === limits.maxFiles + 1) b.diagnose({ file: f.path, line: 1 }, 'error', 'too-many-files', `more than ${limits.maxFiles} documents; this one and every later one (by path) skipped`);
      continue;
    }
    const decoded = decodeText(f.bytes);
    if (!decoded.ok) {
      b.diagnose({ file: f.path, line: 1 }, 'error', 'unreadable', `${decoded.reason}; file skipped`);
      continue;
    }
    if (!isDoc) {
      categories.set(folderOf(f.path), parseCategory(decoded.text, f.path, b.diagnostics));
      continue;
    }
    const { frontMatter, body, bodyLineOffset } = splitFrontMatter(decoded.text, f.path, b.diagnostics);
    const safeBody = enforceLineLimits(body, bodyLineOffset, f.path, limits, b.diagnostics);
    docs.push({ file: f.path, folder: folderOf(f.path), name, frontMatter, body: safeBody, bodyLineOffset });
  }

  const ordered = sidebarOrder(docs, categories);
  addPaths(b, ordered, categories);
  const docIds = new Map<string, NodeId>();
  for (const doc of ordered) {
    docIds.set(doc.file, addDoc(b, doc));
    // Read: its text would otherwise stay alive, with every other document's, until the build ends.
    doc.body = '';
  }
  resolveDocLinks(b, docIds);
  return { builder: b, documents: ordered.length };
}

/** Docusaurus sidebar order: by position (sidebar_position, _category_.json position), then name, depth first. */
function sidebarOrder(docs: DocEntry[], categories: Map<string, Category>): DocEntry[] {
  type Item = { key: string; position: number; doc?: DocEntry; folder?: string };
  const folders = new Set<string>();
  for (const d of docs) for (let f = d.folder; f !== ''; f = folderOf(f)) folders.add(f);
  const itemsIn = (folder: string): Item[] => {
    const items: Item[] = docs.filter((d) => d.folder === folder).map((d) => ({ key: d.name, position: d.frontMatter.sidebar_position ?? Infinity, doc: d }));
    for (const f of folders) if (folderOf(f) === folder) items.push({ key: baseOf(f), position: categories.get(f)?.position ?? Infinity, folder: f });
    return items.sort((x, y) => x.position - y.position || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  };
  const out: DocEntry[] = [];
  const visit = (folder: string): void => {
    for (const item of itemsIn(folder)) {
      if (item.doc) out.push(item.doc);
      else if (item.folder !== undefined) visit(item.folder);
    }
  };
  visit('');
  return out;
}

/** A path node per folder that holds documents, nested folders inside their parent. */
function addPaths(b: GraphBuilder, docs: DocEntry[], categories: Map<string, Category>): void {
  const seen = new Set<string>();
  let position = 0;
  for (const doc of docs) {
    const chain: string[] = [];
    for (let f = doc.folder; f !== ''; f = folderOf(f)) chain.unshift(f);
    for (const folder of chain) {
      if (seen.has(folder)) continue;
      seen.add(folder);
      const cat = categories.get(folder) ?? {};
      const file = categories.has(folder) ? `${folder}/_category_.json` : doc.file;
      const id = pathIdFor(folder);
      const description = cat.description ?? cat.link?.description;
      b.graph.addNode(id, { kind: 'path', label: cat.label ?? humanize(baseOf(folder)), source: { file, line: 1 }, position: position++, ...(description ? { description } : {}) });
      const parent = folderOf(folder);
      if (parent !== '') b.contains(pathIdFor(parent), id, { file, line: 1 });
    }
  }
}

/** Path ids end with '/', so a folder never collides with a document of the same name. */
export const pathIdFor = (folder: string): NodeId => `${folder.split('/').map((s) => slug(stripNumberPrefix(s))).join('/')}/`;

function humanize(name: string): string {
  const s = stripNumberPrefix(name).replace(/[-_]+/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function addDoc(b: GraphBuilder, doc: DocEntry): NodeId {
  const source = Object.freeze({ file: doc.file, line: 1 });
  const path = doc.folder === '' ? null : pathIdFor(doc.folder);
  const fmTitle = doc.frontMatter.title ?? doc.frontMatter.sidebar_label;
  const id = b.addNode(docIdFor(doc.file), { kind: 'doc', label: fmTitle ?? humanize(doc.name.replace(DOCUMENT_EXTENSION, '')), source, path, order: b.nextOrder(), ...(doc.frontMatter.tags ? { tags: doc.frontMatter.tags } : {}) });
  if (path !== null) b.contains(path, id, source);
  try {
    const { blocks, counts } = parseBlocks(doc.body, doc.bodyLineOffset);
    b.countInput(counts);
    if (blocks.length === 0) b.diagnose(source, 'warning', 'empty-document', 'document has no content');
    const { title, topics } = readDocument({ builder: b, docId: id, file: doc.file }, blocks);
    if (fmTitle === undefined && title !== null) b.graph.setNodeAttribute(id, 'label', title);
    for (const o of classifyOrientation(b.graph, topics, doc.frontMatter.atlas?.orientation)) b.accounting.orientation.push({ ...o, label: b.graph.getNodeAttribute(o.id, 'label') });
    const named = [...(doc.frontMatter.prerequisites ?? []), ...(doc.frontMatter.requires ?? [])];
    if (named.length > 0) b.requirements.push({ names: named, dependents: [], evidence: `front matter prerequisites: ${named.join(', ')}`, source, docId: id });
  } catch (e) {
    b.diagnose(source, 'error', 'unreadable', `could not read document: ${(e as Error).message}`);
  }
  return id;
}

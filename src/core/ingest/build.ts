// A docs tree in, the typed graph of its documents out: Docusaurus ordering, one reader per
// document, then the cross-document links resolved once everything is known. Prerequisites are
// the next stage's (src/core/build.ts), so ingest never imports prereq.
import type { AtlasGraph, BuildProgress, Diagnostic, InputFile, NodeId, Signal } from '../types.ts';
import { GraphBuilder, slug, type Accounting } from './builder.ts';
import { decodeText } from './decode.ts';
import { parseCategory, splitFrontMatter, type Category, type FrontMatter } from './frontmatter.ts';
import { parseBlocks } from './markdown.ts';
import { readDocument } from './document.ts';
import { classifyOrientation } from './orientation.ts';
import { resolveDocLinks } from './resolve.ts';
import { DEFAULT_LIMITS, enforceLineLimits, type Limits } from './limits.ts';
import { DOCUMENT_EXTENSION, treeFileKind } from './files.ts';

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
  /** Called as the build goes: a shell can show progress on a large tree. */
  onProgress?: (progress: BuildProgress) => void;
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

/** The documents read into the builder; its `requirements` (names not yet resolved) wait for prereq. */
export interface Ingested {
  builder: GraphBuilder;
  documents: number;
}

export function ingestTree(files: readonly InputFile[], options: BuildOptions = {}): Ingested {
  const b = new GraphBuilder(options.name ?? 'docs');
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  let read = 0;
  let treeBytes = 0;
  const docs: DocEntry[] = [];
  const categories = new Map<string, Category>();

  for (const f of [...files].sort((x, y) => byPath(x.path, y.path))) {
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
      b.diagnose(
        { file: f.path, line: 1 },
        'error',
        'too-large',
        `file is ${(size / 1048576).toFixed(1)} MB, over the ${(limits.maxFileBytes / 1048576).toFixed(1)} MB limit; file skipped`,
      );
      continue;
    }
    if (isDoc && ++read > limits.maxFiles) {
      if (read === limits.maxFiles + 1)
        b.diagnose(
          { file: f.path, line: 1 },
          'error',
          'too-many-files',
          `more than ${limits.maxFiles} documents; this one and every later one (by path) skipped`,
        );
      continue;
    }
    treeBytes += size;
    if (treeBytes > limits.maxTreeBytes) {
      if (treeBytes - size <= limits.maxTreeBytes)
        b.diagnose(
          { file: f.path, line: 1 },
          'error',
          'tree-too-large',
          `the documents pass ${(limits.maxTreeBytes / 1048576).toFixed(0)} MB in all; this one and every later one (by path) skipped`,
        );
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
    const { frontMatter, body, bodyLineOffset } = splitFrontMatter(decoded.text, f.path, limits.frontMatter, b.diagnostics);
    const safeBody = enforceLineLimits(body, bodyLineOffset, f.path, limits, b.diagnostics);
    docs.push({ file: f.path, folder: folderOf(f.path), name, frontMatter, body: safeBody, bodyLineOffset });
  }

  const ordered = sidebarOrder(docs, categories);
  const ids = assignIds(b, docs);
  addPaths(b, ordered, categories, ids);
  const docIds = new Map<string, NodeId>();
  const progress = options.onProgress;
  for (const doc of ordered) {
    progress?.({ stage: 'parse', done: docIds.size, total: ordered.length });
    docIds.set(doc.file, addDoc(b, doc, limits, ids));
    // Read: its text would otherwise stay alive, with every other document's, until the build ends.
    doc.body = '';
  }
  progress?.({ stage: 'parse', done: ordered.length, total: ordered.length });
  resolveDocLinks(b, docIds);
  return { builder: b, documents: ordered.length };
}

/** Docusaurus sidebar order: by position (sidebar_position, _category_.json position), then name, depth first. */
function sidebarOrder(docs: DocEntry[], categories: Map<string, Category>): DocEntry[] {
  type Item = { key: string; position: number; doc?: DocEntry; folder?: string };
  const folders = new Set<string>();
  for (const d of docs) for (let f = d.folder; f !== ''; f = folderOf(f)) folders.add(f);
  const itemsIn = (folder: string): Item[] => {
    const items: Item[] = docs
      .filter((d) => d.folder === folder)
      .map((d) => ({ key: d.name, position: d.frontMatter.sidebar_position ?? Infinity, doc: d }));
    for (const f of folders)
      if (folderOf(f) === folder) items.push({ key: baseOf(f), position: categories.get(f)?.position ?? Infinity, folder: f });
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

/**
 * Stable ids of folders ("path/", so a folder never collides with a document of its name) and
 * documents ("path/doc"), from names without number prefixes,
 * slugged. Two names that read alike ("01-intro" and "intro", "Intro" and "intro") would share an
 * id: in path order, the first keeps it, the next ones get "-2", "-3"…, with a warning, so the ids
 * do not depend on the order the files came in.
 */
function assignIds(b: GraphBuilder, docs: readonly DocEntry[]): Map<string, NodeId> {
  const ids = new Map<string, NodeId>();
  const taken = new Set<NodeId>();
  const claim = (key: string, parent: NodeId, name: string, suffix: string, source: { file: string; line: number }) => {
    const base = `${parent}${slug(stripNumberPrefix(name))}`;
    let id = base + suffix;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}${suffix}`;
    if (id !== base + suffix)
      b.diagnose(
        source,
        'warning',
        'duplicate-id',
        `"${key}" reads like another ${suffix === '/' ? 'folder' : 'document'} beside it (both are "${base}${suffix}"); its id is "${id}"`,
      );
    taken.add(id);
    ids.set(key, id);
  };
  const folders = new Map<string, string>();
  for (const d of docs) for (let f = d.folder; f !== '' && !folders.has(f); f = folderOf(f)) folders.set(f, d.file);
  for (const f of [...folders.keys()].sort(byPath))
    claim(`${f}/`, f.includes('/') ? (ids.get(`${folderOf(f)}/`) as NodeId) : '', baseOf(f), '/', {
      file: folders.get(f) as string,
      line: 1,
    });
  for (const d of [...docs].sort((x, y) => byPath(x.file, y.file)))
    claim(d.file, d.folder === '' ? '' : (ids.get(`${d.folder}/`) as NodeId), d.name.replace(DOCUMENT_EXTENSION, ''), '', {
      file: d.file,
      line: 1,
    });
  return ids;
}

const byPath = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** A path node per folder that holds documents, nested folders inside their parent. */
function addPaths(b: GraphBuilder, docs: DocEntry[], categories: Map<string, Category>, ids: Map<string, NodeId>): void {
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
      const id = ids.get(`${folder}/`) as NodeId;
      const description = cat.description ?? cat.link?.description;
      b.graph.addNode(id, {
        kind: 'path',
        label: cat.label ?? humanize(baseOf(folder)),
        source: { file, line: 1 },
        position: position++,
        ...(description ? { description } : {}),
      });
      const parent = folderOf(folder);
      if (parent !== '') b.contains(ids.get(`${parent}/`) as NodeId, id, { file, line: 1 });
    }
  }
}

function humanize(name: string): string {
  const s = stripNumberPrefix(name).replace(/[-_]+/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function addDoc(b: GraphBuilder, doc: DocEntry, limits: Limits, ids: Map<string, NodeId>): NodeId {
  const source = Object.freeze({ file: doc.file, line: 1 });
  const path = doc.folder === '' ? null : (ids.get(`${doc.folder}/`) as NodeId);
  const fmTitle = doc.frontMatter.title ?? doc.frontMatter.sidebar_label;
  const id = b.addNode(ids.get(doc.file) as NodeId, {
    kind: 'doc',
    label: fmTitle ?? humanize(doc.name.replace(DOCUMENT_EXTENSION, '')),
    source,
    path,
    order: b.nextOrder(),
    ...(doc.frontMatter.tags ? { tags: doc.frontMatter.tags } : {}),
  });
  if (path !== null) b.contains(path, id, source);
  try {
    const { blocks, counts, cut } = parseBlocks(doc.body, doc.bodyLineOffset, limits.maxTokens);
    b.countInput(counts);
    if (cut)
      b.diagnose(
        { file: doc.file, line: cut.line },
        'error',
        'too-many-tokens',
        `document has ${cut.tokens} markdown tokens, over the limit of ${limits.maxTokens}; from line ${cut.line} on it is not read`,
      );
    if (blocks.length === 0) b.diagnose(source, 'warning', 'empty-document', 'document has no content');
    const { title, topics } = readDocument({ builder: b, docId: id, file: doc.file }, blocks);
    if (fmTitle === undefined && title !== null) b.graph.setNodeAttribute(id, 'label', title);
    for (const o of classifyOrientation(b.graph, topics, doc.frontMatter.atlas?.orientation))
      b.accounting.orientation.push({ ...o, label: b.graph.getNodeAttribute(o.id, 'label') });
    const named = [...(doc.frontMatter.prerequisites ?? []), ...(doc.frontMatter.requires ?? [])];
    if (named.length > 0)
      b.requirements.push({ names: named, dependents: [], evidence: `front matter prerequisites: ${named.join(', ')}`, source, docId: id });
  } catch (e) {
    b.diagnose(source, 'error', 'unreadable', `could not read document: ${(e as Error).message}`);
  }
  return id;
}

// The project's reviewed prerequisites (graph/curation/*.yaml): for each topic, the topics it
// needs with a one-line reason, and corrections to what a pathway assumes or focuses on.
// Validated on load: an unknown topic is an error that names the closest match.
import { isMap, isScalar, type Node as YamlNode, type Pair } from 'yaml';
import { z } from 'zod';
import { closestMatches } from '../match.ts';
import type { AtlasGraph, Diagnostic, InputFile, NodeId, Source } from '../types.ts';
import { isLearnable } from '../types.ts';
import { CURATION_LIMITS } from '../ingest/limits.ts';
import { readYamlFile } from '../ingest/yaml.ts';
import { addRequires } from './requires.ts';
import { findEdge } from '../graph.ts';

const Reasons = z.record(z.string(), z.string().min(1, 'give a one-line reason'));
export const CurationSchema = z.strictObject({
  document: z.string().optional(),
  topics: z.record(z.string(), Reasons).optional(),
  /** Derived prerequisites a reviewer rejects: topic → prerequisite → reason. */
  reject: z.record(z.string(), Reasons).optional(),
  pathways: z.record(z.string(), z.strictObject({ assumes: Reasons.optional(), focuses: Reasons.optional() })).optional(),
});
export type Curation = z.infer<typeof CurationSchema>;

/** What a curation file says about pathways, applied after the pathways are derived. */
export interface PathwayCuration {
  background: string;
  assumes?: { topic: NodeId; why: string; source: Source }[];
  focuses?: { topic: NodeId; why: string; source: Source }[];
  source: Source;
}

/** A derived prerequisite a reviewer rejected; removed once every edge is derived. */
export interface Rejection {
  prerequisite: NodeId;
  dependent: NodeId;
  why: string;
  source: Source;
}

/**
 * Apply the curation files. Returns what waits for later passes, and the documents a file names as
 * its own (`document:`): a reviewer has stated their prerequisites, so inference leaves them alone.
 */
export function applyCuration(
  graph: AtlasGraph,
  files: readonly InputFile[],
  diagnostics: Diagnostic[],
): { pathways: PathwayCuration[]; rejections: Rejection[]; documents: Set<NodeId> } {
  const documents = new Set<NodeId>();
  const pathways: PathwayCuration[] = [];
  const rejections: Rejection[] = [];
  for (const file of files) {
    const yaml = readYamlFile(file, { code: 'curation' }, CURATION_LIMITS, diagnostics);
    if (yaml === null) continue;
    const doc = yaml.document;
    const lineOf = (n: YamlNode | null | undefined): number => (n?.range ? yaml.lineAt(n.range[0]) : 1);
    const parsed = CurationSchema.safeParse(yaml.value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        diagnostics.push({
          file: file.path,
          line: lineOf(doc.getIn(issue.path.map(String), true) as YamlNode),
          level: 'error',
          code: 'curation',
          message: `"${issue.path.join('.')}": ${issue.message}`,
        });
      continue;
    }
    const resolver = topicResolver(graph, parsed.data.document);
    if (parsed.data.document !== undefined && parsed.data.topics !== undefined) documents.add(parsed.data.document);
    const at = (path: string[]): Source => ({ file: file.path, line: lineOf(keyNode(doc.contents as YamlNode, path)) });
    const resolve = (label: string, path: string[]): NodeId | null => {
      const id = resolver(label);
      if (id === null) {
        const near = closestMatches(label, resolver.labels);
        diagnostics.push({
          ...at(path),
          level: 'error',
          code: 'curation',
          message: `unknown topic "${label}"${near.length ? `; did you mean "${near[0]}"?` : ''}`,
        });
      }
      return id;
    };
    for (const [topic, needs] of Object.entries(parsed.data.topics ?? {})) {
      const dependent = resolve(topic, ['topics', topic]);
      for (const [need, why] of Object.entries(needs)) {
        const prerequisite = resolve(need, ['topics', topic, need]);
        if (dependent !== null && prerequisite !== null)
          addRequires(graph, prerequisite, dependent, {
            origin: 'curated',
            confidence: 1,
            evidence: why,
            source: at(['topics', topic, need]),
          });
      }
    }
    for (const [topic, wrong] of Object.entries(parsed.data.reject ?? {})) {
      const dependent = resolve(topic, ['reject', topic]);
      for (const [need, why] of Object.entries(wrong)) {
        const prerequisite = resolve(need, ['reject', topic, need]);
        if (dependent !== null && prerequisite !== null)
          rejections.push({ prerequisite, dependent, why, source: at(['reject', topic, need]) });
      }
    }
    for (const [background, p] of Object.entries(parsed.data.pathways ?? {})) {
      const list = (kind: 'assumes' | 'focuses') =>
        p[kind] === undefined
          ? undefined
          : Object.entries(p[kind]).flatMap(([label, why]) => {
              const topic = resolve(label, ['pathways', background, kind, label]);
              return topic === null ? [] : [{ topic, why, source: at(['pathways', background, kind, label]) }];
            });
      const assumes = list('assumes');
      const focuses = list('focuses');
      pathways.push({ background, source: at(['pathways', background]), ...(assumes ? { assumes } : {}), ...(focuses ? { focuses } : {}) });
    }
  }
  return { pathways, rejections, documents };
}

/** Remove rejected derived edges; an explicit or curated one stays, with a warning. */
export function applyRejections(graph: AtlasGraph, rejections: readonly Rejection[], diagnostics: Diagnostic[]): void {
  for (const r of rejections) {
    const edge = findEdge(graph, 'requires', r.prerequisite, r.dependent);
    const name = `"${graph.getNodeAttribute(r.prerequisite, 'label')}" → "${graph.getNodeAttribute(r.dependent, 'label')}"`;
    if (edge === undefined)
      diagnostics.push({
        ...r.source,
        level: 'info',
        code: 'curation',
        message: `rejected prerequisite ${name} is not derived any more; the rejection can go`,
      });
    else if (
      graph.getEdgeAttribute(edge, 'reasons' as never) &&
      ['explicit', 'curated'].includes(graph.getEdgeAttribute(edge, 'origin' as never))
    )
      diagnostics.push({
        ...r.source,
        level: 'warning',
        code: 'curation',
        message: `cannot reject ${name}: a document or curation file states it`,
      });
    else graph.dropEdge(edge);
  }
}

/** The YAML key node at `path`, for its line. */
function keyNode(root: YamlNode | null, path: string[]): YamlNode | null {
  let node: YamlNode | null = root;
  let key: YamlNode | null = null;
  for (const segment of path) {
    if (!node || !isMap(node)) return key;
    const pair = (node.items as Pair<YamlNode, YamlNode>[]).find((it) => isScalar(it.key) && String(it.key.value) === segment);
    if (!pair) return key;
    key = pair.key;
    node = pair.value;
  }
  return key;
}

/** Topic labels, case-insensitive, preferring the curation file's own document. */
function topicResolver(graph: AtlasGraph, document?: string): ((label: string) => NodeId | null) & { labels: string[] } {
  const scoped = new Map<string, NodeId>();
  const all = new Map<string, NodeId>();
  graph.forEachNode((id, a) => {
    if (!isLearnable(a)) return;
    const key = a.label.toLowerCase();
    if (!all.has(key)) all.set(key, id);
    if (document !== undefined && a.doc === document && !scoped.has(key)) scoped.set(key, id);
  });
  const labels = [...new Set([...all.values()].map((id) => graph.getNodeAttribute(id, 'label')))];
  return Object.assign((label: string) => scoped.get(label.toLowerCase()) ?? all.get(label.toLowerCase()) ?? null, { labels });
}

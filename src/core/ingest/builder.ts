// The one place the ingest writes into the graph: stable unique ids, provenance, diagnostics,
// and the accounting that proves nothing in the input was silently dropped.
import { MultiDirectedGraph } from 'graphology';
import type { AtlasGraph, Diagnostic, EdgeAttributes, Level, NodeAttributes, NodeId, Source } from '../types.ts';
import type { ElementCounts } from './markdown.ts';
import { addTypedEdge } from '../graph.ts';

export type Element = 'heading' | 'listItem' | 'link';
/** What became of an input element: a node (new or folded into one), an edge, a diagnostic, or template structure. */
export type Outcome = 'node' | 'edge' | 'diagnostic' | 'marker';

export interface Accounting {
  input: ElementCounts;
  outcomes: Record<Element, Record<Outcome, number>>;
  /** Headings classed as orientation rather than study, each with why. */
  orientation: { id: NodeId; label: string; reason: string }[];
}

/** A prerequisite named in a document, resolved once every document is read. */
export interface PendingRequirement {
  names: string[];
  /** The topics that need them; empty means every topic of `docId`. */
  dependents: NodeId[];
  docId: NodeId;
  evidence: string;
  source: Source;
}

/** A relative link to another document, resolved once every document is read. */
export interface PendingDocLink {
  from: NodeId;
  targetPath: string;
  kind: 'next' | 'links';
  href: string;
  source: Source;
}

const emptyOutcomes = (): Record<Outcome, number> => ({ node: 0, edge: 0, diagnostic: 0, marker: 0 });

export class GraphBuilder {
  readonly graph: AtlasGraph;
  readonly diagnostics: Diagnostic[] = [];
  readonly requirements: PendingRequirement[] = [];
  readonly docLinks: PendingDocLink[] = [];
  readonly accounting: Accounting = {
    input: { headings: 0, listItems: 0, links: 0 },
    outcomes: { heading: emptyOutcomes(), listItem: emptyOutcomes(), link: emptyOutcomes() },
    orientation: [],
  };
  private order = 0;

  constructor(name: string) {
    this.graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false }) as AtlasGraph;
    this.graph.replaceAttributes({ name });
  }

  nextOrder(): number {
    return this.order++;
  }

  diagnose(source: Source, level: Level, code: string, message: string): void {
    this.diagnostics.push({ file: source.file, line: source.line, level, code, message });
  }

  account(element: Element, outcome: Outcome, n = 1): void {
    this.accounting.outcomes[element][outcome] += n;
  }

  countInput(counts: ElementCounts): void {
    this.accounting.input.headings += counts.headings;
    this.accounting.input.listItems += counts.listItems;
    this.accounting.input.links += counts.links;
  }

  /**
   * Add a node under `wantedId`, or under `wantedId-2`, `-3`… when taken. Returns the id used.
   * `taken`: whether `wantedId` is, when the caller has just looked.
   */
  addNode(wantedId: NodeId, attributes: NodeAttributes, taken = this.graph.hasNode(wantedId)): NodeId {
    let id = wantedId;
    if (taken) for (let n = 2; id === wantedId || this.graph.hasNode(id); n++) id = `${wantedId}-${n}`;
    this.graph.addNode(id, attributes);
    return id;
  }

  /** `fresh`: one end was just added. */
  addEdge(from: NodeId, to: NodeId, attributes: EdgeAttributes, fresh = false): void {
    if (from !== to) addTypedEdge(this.graph, from, to, attributes, fresh);
  }

  /** `child` was just added: the parent is the first node to reach it. */
  contains(parent: NodeId, child: NodeId, source: Source): void {
    this.addEdge(parent, child, { kind: 'contains', source }, true);
  }
}

const ASCII = /^[\x00-\x7f]*$/;

/** Lowercase, ASCII-folded, dash-separated: the readable part of a stable id. */
export function slug(text: string): string {
  // ASCII needs no Unicode folding, and its letters and digits are [a-z0-9] once lowercased.
  const folded = ASCII.test(text)
    ? text.toLowerCase().replace(/[^a-z0-9]+/g, '-')
    : text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-');
  const s = folded.replace(/^-+|-+$/g, '');
  return (s === '' ? 'untitled' : s).slice(0, 80).replace(/-+$/, '');
}

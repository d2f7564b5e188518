// The shape of Atlas's data: the typed knowledge graph, its provenance and its diagnostics.
// Every other module speaks these types; they are the documentation of the graph.
import type { MultiDirectedGraph } from 'graphology';

/** Where something came from: a file relative to the docs root and a 1-based line. */
export interface Source {
  file: string;
  line: number;
}

export type NodeId = string;

export type NodeKind = 'path' | 'doc' | 'section' | 'topic' | 'concept' | 'resource' | 'pathway' | 'milestone' | 'orientation';
export const NODE_KINDS: readonly NodeKind[] = [
  'path',
  'doc',
  'section',
  'topic',
  'concept',
  'resource',
  'pathway',
  'milestone',
  'orientation',
];

/** A duration range in weeks, as written in a document ("(8-12 weeks)"). */
export interface Weeks {
  min: number;
  max: number;
}

interface NodeBase {
  label: string;
  source: Source;
}

/** A learning path: one folder of the docs tree. */
export interface PathAttributes extends NodeBase {
  kind: 'path';
  description?: string;
  position: number;
}

export interface DocAttributes extends NodeBase {
  kind: 'doc';
  /** The learning path (folder) this document belongs to, or null at the docs root. */
  path: NodeId | null;
  /** Order of the document in the whole site (sidebar order), 0-based. */
  order: number;
  tags?: string[];
  /** Effort written for this document elsewhere, e.g. "Module 1: ML Fundamentals (8-10 weeks)". */
  weeks?: Weeks;
}

export interface SectionAttributes extends NodeBase {
  kind: 'section';
  doc: NodeId;
  order: number;
}

/** Shared by topics and milestones: the units a learner plans with. */
interface LearnableBase extends NodeBase {
  doc: NodeId;
  section: NodeId | null;
  /** Order in the whole site, for stable tie-breaks. */
  order: number;
  description?: string;
  weeks?: Weeks;
}

export interface TopicAttributes extends LearnableBase {
  kind: 'topic';
}

/** An assessment topic: comes after the topics it checks. */
export interface MilestoneAttributes extends LearnableBase {
  kind: 'milestone';
}

/**
 * Text that orients the reader rather than teaches (a role overview, career notes, a week-by-week
 * action plan, a getting-started page): kept and searchable, never a plan step nor counted as a topic.
 */
export interface OrientationAttributes extends NodeBase {
  kind: 'orientation';
  doc: NodeId;
  section: NodeId | null;
  order: number;
  description?: string;
  /** The signals that classed it so (`atlas build --stats` lists them). */
  reason: string;
}

export interface ConceptAttributes extends NodeBase {
  kind: 'concept';
  /** The topic (or section, where a document has no topics) the concept belongs to. */
  parent: NodeId;
}

export interface ResourceAttributes extends NodeBase {
  kind: 'resource';
  /** Normalized URL; the identity of the resource. */
  url: string;
  /** Every title the documents give this URL, first seen first. */
  titles: string[];
  description?: string;
}

/** A background a learner may come from ("For Software Engineering Backgrounds"). */
export interface PathwayAttributes extends NodeBase {
  kind: 'pathway';
  background: string;
  doc: NodeId;
  weeks?: Weeks;
  /** The pathway's own bullets: its focus text. */
  focus: string[];
}

export type NodeAttributes =
  | PathAttributes
  | DocAttributes
  | SectionAttributes
  | TopicAttributes
  | MilestoneAttributes
  | ConceptAttributes
  | ResourceAttributes
  | PathwayAttributes
  | OrientationAttributes;

export type EdgeKind = 'contains' | 'requires' | 'teaches' | 'next' | 'links' | 'assumes' | 'focuses' | 'related';
export const EDGE_KINDS: readonly EdgeKind[] = ['contains', 'requires', 'teaches', 'next', 'links', 'assumes', 'focuses', 'related'];

/** Why a prerequisite exists, strongest first: explicit > curated > structural > inferred. */
export type Origin = 'explicit' | 'curated' | 'structural' | 'inferred';
export const ORIGINS: readonly Origin[] = ['explicit', 'curated', 'structural', 'inferred'];

/**
 * The kinds of evidence an `inferred` edge rests on: a later topic's text naming an earlier one
 * (`mention`), reference distance over the whole tree (`refd`), broad and narrow names (`naming`),
 * another path's order of the same subjects (`agreement`), the shipped knowledge base
 * (`knowledge`), a readiness check naming a topic (`assessment`), and the order of a study
 * schedule the author wrote (`schedule`).
 */
export type Signal = 'mention' | 'refd' | 'naming' | 'agreement' | 'knowledge' | 'assessment' | 'schedule';
export const SIGNALS: readonly Signal[] = ['knowledge', 'naming', 'refd', 'mention', 'assessment', 'schedule', 'agreement'];
export const SIGNAL_NAMES: Record<Signal, string> = {
  knowledge: 'knowledge base',
  naming: 'naming',
  refd: 'reference distance',
  mention: 'mention',
  assessment: 'assessment',
  schedule: 'study schedule',
  agreement: 'agreement across paths',
};

/** One justification of an edge; merged edges keep all of theirs. */
export interface Reason {
  origin: Origin;
  /** For an inferred reason, the kind of evidence. */
  signal?: Signal;
  confidence: number;
  evidence: string;
  source: Source;
}

interface EdgeBase {
  source: Source;
}

export interface ContainsAttributes extends EdgeBase {
  kind: 'contains';
}
export interface TeachesAttributes extends EdgeBase {
  kind: 'teaches';
  /** The title the citing document gives the resource here. */
  title: string;
}
export interface NextAttributes extends EdgeBase {
  kind: 'next';
}
export interface LinksAttributes extends EdgeBase {
  kind: 'links';
}

/** prerequisite → dependent. `origin`, `confidence` and `evidence` are those of the strongest reason. */
export interface RequiresAttributes extends EdgeBase {
  kind: 'requires';
  origin: Origin;
  confidence: number;
  evidence: string;
  reasons: Reason[];
}
export interface AssumesAttributes extends EdgeBase {
  kind: 'assumes';
  confidence: number;
  evidence: string;
}
export interface FocusesAttributes extends EdgeBase {
  kind: 'focuses';
  confidence: number;
  evidence: string;
}
export interface RelatedAttributes extends EdgeBase {
  kind: 'related';
  /** 0..1: the larger of `names` and `material`. */
  similarity: number;
  /** 0..1: the share of the two names' words in common (README: "What one known topic covers"). */
  names: number;
  /** How many words (stemmed, generic ones left out) the two names have in common. */
  sharedWords: number;
  /** 0..1: what the two teach from: shared resources (0.5, and 0.15 more for each further one) or concepts in common. */
  material: number;
  evidence: string;
}

export type EdgeAttributes =
  | ContainsAttributes
  | TeachesAttributes
  | NextAttributes
  | LinksAttributes
  | RequiresAttributes
  | AssumesAttributes
  | FocusesAttributes
  | RelatedAttributes;

export interface GraphAttributes {
  /** Human name of the dataset (the docs root's folder name). */
  name: string;
}

export type AtlasGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export type Level = 'error' | 'warning' | 'info';

export interface Diagnostic {
  file: string;
  line: number;
  level: Level;
  /** A stable machine-readable kind, e.g. `broken-link`, `unsafe-link`. */
  code: string;
  message: string;
}

/**
 * Where a long build is, for a progress line: files read (`total` 0: not known yet), documents
 * parsed of all, then one report as each prerequisite pass starts (`done` 0 of `total` 1).
 */
export interface BuildProgress {
  stage: 'read' | 'parse' | 'relate' | 'infer' | 'pathways';
  done: number;
  total: number;
}

/** A file of the docs tree as the core receives it: no file system in the core. */
export interface InputFile {
  /** Relative to the docs root, with forward slashes. */
  path: string;
  bytes: Uint8Array;
  /** The file's size when `bytes` were not read because it is too large. */
  size?: number;
}

export type NodeOf<K extends NodeKind> = Extract<NodeAttributes, { kind: K }>;
export type EdgeOf<K extends EdgeKind> = Extract<EdgeAttributes, { kind: K }>;

/** Topics and milestones: what a plan is made of. */
export function isLearnable(a: NodeAttributes): a is TopicAttributes | MilestoneAttributes {
  return a.kind === 'topic' || a.kind === 'milestone';
}

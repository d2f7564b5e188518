// Small curricula built by hand: each call adds a node or edge with the attributes the ingest
// would write (provenance, site-wide order, `contains` edges), so tests read like the documents.
import { MultiDirectedGraph } from 'graphology';
import type { AtlasGraph, NodeId, Origin, Weeks } from '../../../src/core/types';

interface TopicOptions {
  section?: NodeId | null;
  doc?: NodeId;
  kind?: 'topic' | 'milestone';
  weeks?: Weeks;
  concepts?: string[];
  order?: number;
}

export class Curriculum {
  readonly graph: AtlasGraph = new MultiDirectedGraph();
  private order = 0;
  private lastDoc: NodeId | null = null;
  private lastSection: NodeId | null = null;
  private edges = 0;

  path(id: NodeId, label: string): this {
    this.graph.addNode(id, { kind: 'path', label, source: this.src(`${id}/_category_.json`), position: this.order++ });
    return this;
  }

  doc(id: NodeId, label: string, options: { path?: NodeId; weeks?: Weeks } = {}): this {
    const a = { kind: 'doc' as const, label, source: this.src(`${id}.md`), path: options.path ?? null, order: this.order++ };
    this.graph.addNode(id, options.weeks ? { ...a, weeks: options.weeks } : a);
    if (options.path) this.edge(options.path, id, 'contains');
    this.lastDoc = id;
    this.lastSection = null;
    return this;
  }

  section(id: NodeId, label: string): this {
    const doc = this.currentDoc();
    this.graph.addNode(id, { kind: 'section', label, source: this.src(`${doc}.md`), doc, order: this.order++ });
    this.edge(doc, id, 'contains');
    this.lastSection = id;
    return this;
  }

  /** A topic in the last section (or the last document, with `section: null`). */
  topic(id: NodeId, label: string, options: TopicOptions = {}): this {
    const doc = options.doc ?? this.currentDoc();
    const section = options.section === undefined ? this.lastSection : options.section;
    const a = {
      kind: options.kind ?? ('topic' as const),
      label,
      source: this.src(`${doc}.md`),
      doc,
      section,
      order: options.order ?? this.order++,
    };
    this.graph.addNode(id, options.weeks ? { ...a, weeks: options.weeks } : a);
    this.edge(section ?? doc, id, 'contains');
    for (const [i, c] of (options.concepts ?? []).entries()) {
      this.graph.addNode(`${id}/c${i}`, { kind: 'concept', label: c, source: this.src(`${doc}.md`), parent: id });
      this.edge(id, `${id}/c${i}`, 'contains');
    }
    return this;
  }

  milestone(id: NodeId, label: string, options: TopicOptions = {}): this {
    return this.topic(id, label, { ...options, kind: 'milestone' });
  }

  /** `from` must be learnt before `to`. */
  requires(from: NodeId, to: NodeId, options: { origin?: Origin; confidence?: number } = {}): this {
    const origin = options.origin ?? 'explicit';
    const confidence = options.confidence ?? 1;
    const source = this.src(`${this.graph.getNodeAttribute(to, 'source').file}`);
    const reason = { origin, confidence, evidence: `${from} before ${to}`, source };
    this.graph.addDirectedEdgeWithKey(`e${this.edges++}`, from, to, {
      kind: 'requires',
      origin,
      confidence,
      evidence: reason.evidence,
      reasons: [reason],
      source,
    });
    return this;
  }

  /** A resource (one node per URL) teaching `topic`. */
  resource(topic: NodeId, label: string, url: string): this {
    const id = `res:${url}`;
    if (!this.graph.hasNode(id))
      this.graph.addNode(id, { kind: 'resource', label, url, titles: [label], source: this.src('resources.md') });
    this.graph.addDirectedEdgeWithKey(`e${this.edges++}`, id, topic, { kind: 'teaches', title: label, source: this.src('resources.md') });
    return this;
  }

  pathway(id: NodeId, background: string, assumes: NodeId[]): this {
    const doc = this.currentDoc();
    this.graph.addNode(id, {
      kind: 'pathway',
      label: `For ${background} Backgrounds`,
      background,
      doc,
      focus: [],
      source: this.src(`${doc}.md`),
    });
    for (const t of assumes)
      this.graph.addDirectedEdgeWithKey(`e${this.edges++}`, id, t, {
        kind: 'assumes',
        confidence: 0.6,
        evidence: 'fixture',
        source: this.src(`${doc}.md`),
      });
    return this;
  }

  private currentDoc(): NodeId {
    if (this.lastDoc === null) this.doc('doc', 'Prerequisites');
    return this.lastDoc as NodeId;
  }

  private edge(from: NodeId, to: NodeId, kind: 'contains'): void {
    this.graph.addDirectedEdgeWithKey(`e${this.edges++}`, from, to, { kind, source: this.src('tree') });
  }

  private src(file: string) {
    return { file, line: this.order + 1 };
  }
}

/**
 * The seed document in miniature: a Mathematics section and a Programming section, a milestone,
 * three backgrounds. Labels are the seed's.
 */
export function seedLike(): Curriculum {
  return new Curriculum()
    .doc('pre', 'Prerequisites')
    .section('math', 'Mathematics')
    .topic('la', 'Linear Algebra Fundamentals', { concepts: ['Vectors', 'Matrices'] })
    .topic('calc', 'Calculus and Optimization', { concepts: ['Derivatives'] })
    .topic('prob', 'Probability and Statistics')
    .section('prog', 'Programming')
    .topic('py', 'Python Programming', { weeks: { min: 2, max: 4 } })
    .topic('ds', 'Data Structures and Algorithms')
    .milestone('check', 'Prerequisites Checkpoint', { section: null })
    .doc('dl', 'Deep Learning', { weeks: { min: 4, max: 6 } })
    .section('dl-core', 'Core')
    .topic('nn', 'Neural Networks')
    .topic('dlf', 'Deep Learning Frameworks')
    .requires('la', 'calc')
    .requires('calc', 'nn')
    .requires('prob', 'nn')
    .requires('py', 'ds')
    .requires('py', 'dlf')
    .requires('nn', 'dlf')
    .resource('la', '3Blue1Brown', 'https://www.3blue1brown.com/topics/linear-algebra')
    .resource('la', 'Evil', 'javascript:alert(1)')
    .resource('calc', 'Khan Academy Calculus', 'https://www.khanacademy.org/math/calculus-1')
    .resource('py', 'Python Tutorial', 'https://docs.python.org/3/tutorial/')
    .pathway('bg-math', 'Mathematics/Statistics', ['la', 'calc', 'prob'])
    .pathway('bg-se', 'Software Engineering', ['py', 'ds'])
    .pathway('bg-new', 'Complete Beginners', []);
}

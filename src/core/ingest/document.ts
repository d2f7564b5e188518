// Reads one document's block tree into the graph: the learning-path template first
// (sections, "What you Need to Know" topics, concepts, resources, pathways), and any other
// markdown degraded gracefully (headings as sections/topics, list items as concepts, any link a resource).
import type { NodeId, Source, Weeks } from '../types.ts';
import { classifyHref } from './links.ts';
import type { Block, Inline, Link, ListItem } from './markdown.ts';
import { slug, type GraphBuilder } from './builder.ts';
import { splitList } from './frontmatter.ts';

export interface DocContext {
  builder: GraphBuilder;
  docId: NodeId;
  file: string;
}

interface Scope {
  section: NodeId | null;
  sectionKind: 'plain' | 'pathways' | 'assessment';
  topic: NodeId | null;
  /** Heading level of the topic heading, when the topic came from a heading. */
  topicLevel: number;
}

const MARKER_KNOW = /^what (you|you'll|you will) need to know:?$/i;
const MARKER_RESOURCES = /^(resources|further reading|references|links):?$/i;
const PATHWAYS_SECTION = /pathway/i;
const RAW_HTML = /<\/?[a-z][a-z0-9-]*(\s[^>]*)?>/i;
const ASSESSMENT_SECTION = /\b(assessment|readiness|capstone|exam|quiz|final project)\b/i;
const PATHWAY_LABEL = /^for\s+(.+?)\s+backgrounds?$/i;
/** A heading in a pathways section names a background ("For …", people, experience), not a career ladder or a specialization. */
const NAMES_LEARNERS =
  /^for\s|\b(backgrounds?|beginners?|experience[ds]?|changers?|professionals?|engineers?|developers?|scientists?|administrators?|analysts?|students?|graduates?|learners?|cooks?|chefs?)\b/i;
const REQUIRES_LINE = /^(?:requires|prerequisites?|depends on|prereqs?)\s*:\s*(.+)$/i;
const DURATION = /(\d+(?:\.\d+)?)(?:\s*(?:[-–—]|to)\s*(\d+(?:\.\d+)?))?\s*(weeks?|months?)\b/i;
const WEEKS_PER_MONTH = 4.35;
/** "Complete Beginners: 18-24 months full curriculum…": a pathway written as one line. */
const PATHWAY_LINE = /^([^:]{3,60}):\s+(.+)$/;

/** "(8-12 weeks)" → {min: 8, max: 12}; months are converted to weeks. */
export function parseWeeks(text: string): Weeks | undefined {
  const m = DURATION.exec(text);
  if (!m) return undefined;
  const scale = /^month/i.test(m[3] ?? '') ? WEEKS_PER_MONTH : 1;
  const a = Math.round(Number(m[1]) * scale);
  const b = Math.round(Number(m[2] ?? m[1]) * scale);
  return { min: Math.min(a, b), max: Math.max(a, b) };
}

export function readDocument(ctx: DocContext, blocks: Block[]): { title: string | null; topics: NodeId[] } {
  const scope: Scope = { section: null, sectionKind: 'plain', topic: null, topicLevel: 0 };
  let title: string | null = null;
  const topics: NodeId[] = [];
  const b = ctx.builder;
  // One frozen Source per line of the document, shared by the node, its edges and its requirements.
  const sources = new Map<number, Source>();
  const src = (line: number): Source => {
    let s = sources.get(line);
    if (s === undefined) sources.set(line, (s = Object.freeze({ file: ctx.file, line })));
    return s;
  };

  const walk = (list: Block[]): void => {
    for (const block of list) {
      switch (block.type) {
        case 'heading': {
          const label = block.inline.text;
          if (block.level === 1 && title === null) {
            title = label;
            b.account('heading', 'node');
          } else if (label === '') {
            b.diagnose(src(block.line), 'warning', 'empty-heading', 'empty heading');
            b.account('heading', 'diagnostic');
          } else if (block.level <= 2) {
            openSection(label, block.line);
            b.account('heading', 'node');
          } else {
            scope.topic = addLearnable(label, block.line, scope.section ?? ctx.docId);
            scope.topicLevel = block.level;
            b.account('heading', 'node');
          }
          readLinks(block.inline.links);
          break;
        }
        case 'paragraph':
          readParagraph(block.inline, block.line);
          break;
        case 'list':
          for (const item of block.items) readItem(item, scope.topic, 'normal');
          break;
        case 'blockquote':
          walk(block.blocks);
          break;
        case 'table':
          readTable(block);
          break;
        case 'code':
          break;
      }
    }
  };

  function openSection(label: string, line: number): void {
    scope.section = b.addNode(`${ctx.docId}#${slug(label)}`, {
      kind: 'section',
      label,
      source: src(line),
      doc: ctx.docId,
      order: b.nextOrder(),
    });
    b.contains(ctx.docId, scope.section, src(line));
    scope.sectionKind = PATHWAYS_SECTION.test(label) ? 'pathways' : ASSESSMENT_SECTION.test(label) ? 'assessment' : 'plain';
    scope.topic = null;
  }

  /** A topic, milestone or pathway, depending on the section it sits in. */
  function addLearnable(label: string, line: number, parent: NodeId): NodeId {
    const wanted = `${ctx.docId}#${slug(label)}`;
    if (scope.sectionKind === 'pathways' && NAMES_LEARNERS.test(label)) {
      const m = PATHWAY_LABEL.exec(label);
      const background = (m?.[1] ?? label.replace(/^for\s+/i, '')).trim();
      const id = b.addNode(wanted, { kind: 'pathway', label, background, source: src(line), doc: ctx.docId, focus: [] });
      b.contains(parent, id, src(line));
      return id;
    }
    const taken = b.graph.hasNode(wanted);
    if (taken) {
      const kind = b.graph.getNodeAttribute(wanted, 'kind');
      if (kind === 'topic' || kind === 'milestone')
        b.diagnose(
          src(line),
          'warning',
          'duplicate-topic',
          `duplicate topic "${label}" in this document (first at line ${b.graph.getNodeAttribute(wanted, 'source').line})`,
        );
    }
    const kind = scope.sectionKind === 'assessment' ? 'milestone' : 'topic';
    const id = b.addNode(wanted, { kind, label, source: src(line), doc: ctx.docId, section: scope.section, order: b.nextOrder() }, taken);
    b.contains(parent, id, src(line));
    if (kind === 'topic') topics.push(id);
    return id;
  }

  function readParagraph(inline: Inline, line: number): void {
    if (RAW_HTML.test(inline.text)) b.diagnose(src(line), 'info', 'raw-html', 'raw HTML is kept as text, never rendered');
    const holder = scope.topic ?? scope.section ?? ctx.docId;
    const req = REQUIRES_LINE.exec(inline.text);
    if (req?.[1] !== undefined) requirement(req[1], inline.text, line, scope.topic);
    else if (scope.topic !== null) {
      const attrs = b.graph.getNodeAttributes(scope.topic);
      if ((attrs.kind === 'topic' || attrs.kind === 'milestone') && attrs.description === undefined) attrs.description = inline.text;
    }
    readLinks(inline.links, holder, /\b(next|continue|start with|begin|proceed)\b/i.test(inline.text) ? 'next' : 'links');
  }

  /** `Requires: A, B`: the current topic (or every topic of the document) needs A and B. */
  function requirement(list: string, evidence: string, line: number, dependent: NodeId | null): void {
    const names = splitList(list.replace(/\.$/, ''));
    b.requirements.push({ names, dependents: dependent ? [dependent] : [], docId: ctx.docId, evidence, source: src(line) });
  }

  function readItem(item: ListItem, topic: NodeId | null, mode: 'normal' | 'resources'): void {
    const inline = item.inline;
    const line = item.line;
    if (inline === null || inline.text === '') {
      if (item.blocks.length === 0) {
        b.diagnose(src(line), 'warning', 'empty-item', 'empty list item');
        b.account('listItem', 'diagnostic');
      } else b.account('listItem', 'marker');
      readNested(item.blocks, topic, mode);
      return;
    }
    const boldOnly = inline.strongOnly ? (inline.strong ?? '') : null;
    if (boldOnly !== null && MARKER_KNOW.test(boldOnly)) {
      b.account('listItem', 'marker');
      readNested(item.blocks, topic, 'normal');
      return;
    }
    if (boldOnly !== null && MARKER_RESOURCES.test(boldOnly)) {
      b.account('listItem', 'marker');
      readNested(item.blocks, topic, 'resources');
      return;
    }
    const holder = topic ?? scope.section ?? ctx.docId;
    const holderKind = b.graph.getNodeAttribute(holder, 'kind');
    if (boldOnly !== null && item.blocks.some((x) => x.type === 'list') && mode === 'normal' && holderKind !== 'pathway') {
      const id = addLearnable(boldOnly, line, scope.section ?? ctx.docId);
      b.account('listItem', 'node');
      readNested(item.blocks, id, 'normal');
      return;
    }
    const req = REQUIRES_LINE.exec(inline.text);
    if (req?.[1] !== undefined) {
      requirement(req[1], inline.text, line, topic);
      b.account('listItem', 'edge');
    } else if (mode === 'resources' && inline.links.length > 0) {
      b.account('listItem', 'node');
    } else if (
      holderKind === 'topic' &&
      PATHWAYS_SECTION.test(b.graph.getNodeAttribute(holder, 'label')) &&
      PATHWAY_LINE.test(inline.text)
    ) {
      const [, name = '', focus = ''] = PATHWAY_LINE.exec(inline.text) ?? [];
      const background = name.replace(/\s+backgrounds?$/i, '').trim();
      const weeks = parseWeeks(focus);
      const id = b.addNode(`${ctx.docId}#for-${slug(background)}`, {
        kind: 'pathway',
        label: name.trim(),
        background,
        source: src(line),
        doc: ctx.docId,
        focus: [focus],
        ...(weeks ? { weeks } : {}),
      });
      b.contains(holder, id, src(line));
      b.account('listItem', 'node');
    } else if (holderKind === 'pathway') {
      const attrs = b.graph.getNodeAttributes(holder);
      if (attrs.kind === 'pathway') {
        attrs.focus.push(inline.text);
        attrs.weeks ??= parseWeeks(inline.text);
      }
      b.account('listItem', 'node');
    } else {
      const id = b.addNode(`${holder}/${slug(inline.text).slice(0, 48)}`, {
        kind: 'concept',
        label: inline.text,
        source: src(line),
        parent: holder,
      });
      b.contains(holder, id, src(line));
      b.account('listItem', 'node');
    }
    readLinks(inline.links, holder, 'links', descriptionAfterLink(inline));
    readNested(item.blocks, topic, mode);
  }

  function readNested(blocks: Block[], topic: NodeId | null, mode: 'normal' | 'resources'): void {
    for (const block of blocks) {
      if (block.type === 'list') for (const item of block.items) readItem(item, topic, mode);
      else if (block.type === 'paragraph') {
        const holder = topic ?? scope.section ?? ctx.docId;
        readLinks(block.inline.links, holder);
      } else walk([block]);
    }
  }

  /** Every link becomes a resource, a document edge or a diagnostic. */
  function readLinks(
    links: Link[],
    holder: NodeId = scope.topic ?? scope.section ?? ctx.docId,
    docEdge: 'next' | 'links' = 'links',
    description?: string,
  ): void {
    for (const link of links) {
      const source = src(link.line);
      const target = classifyHref(link.href, ctx.file);
      switch (target.type) {
        case 'unsafe':
          b.diagnose(source, 'error', 'unsafe-link', `${target.reason}: "${link.href}" (${link.text || 'untitled'}) is shown as text`);
          b.account('link', 'diagnostic');
          break;
        case 'anchor':
          b.diagnose(source, 'info', 'anchor-link', `in-page link "#${target.fragment}" kept as text`);
          b.account('link', 'diagnostic');
          break;
        case 'doc':
          b.docLinks.push({ from: ctx.docId, targetPath: target.path, kind: docEdge, href: link.href, source });
          b.account('link', 'edge');
          break;
        case 'external':
        case 'mailto':
        case 'relative': {
          const url = target.type === 'relative' ? target.path : target.url;
          addResource(url, link.text, holder, source, description);
          break;
        }
      }
    }
  }

  function addResource(url: string, title: string, holder: NodeId, source: Source, description?: string): void {
    const id = `url:${url}`;
    const label = title || url;
    const known = b.graph.hasNode(id);
    if (known) {
      const attrs = b.graph.getNodeAttributes(id);
      if (attrs.kind === 'resource' && !attrs.titles.includes(label)) attrs.titles.push(label);
      if (b.graph.someDirectedEdge(id, holder, (_e, a) => a.kind === 'teaches')) {
        b.diagnose(source, 'info', 'duplicate-resource', `"${label}" is cited twice here`);
        b.account('link', 'diagnostic');
        return;
      }
    } else {
      b.graph.addNode(id, { kind: 'resource', label, url, titles: [label], source, ...(description ? { description } : {}) });
    }
    b.addEdge(id, holder, { kind: 'teaches', title: label, source }, !known);
    b.account('link', 'edge');
  }

  function readTable(block: Extract<Block, { type: 'table' }>): void {
    const prereqCol = block.header.findIndex((h) => /^(prerequisites?|requires|depends on|prereqs?)$/i.test(h.trim()));
    for (const row of block.rows) {
      const [first, ...rest] = row.cells;
      if (!first || first.text === '') {
        b.diagnose(src(row.line), 'warning', 'empty-row', 'table row without a name in its first column');
        for (const cell of row.cells) readLinks(cell.links);
        continue;
      }
      const id = addLearnable(first.text, row.line, scope.section ?? ctx.docId);
      const described: string[] = [];
      rest.forEach((cell, i) => {
        if (i + 1 === prereqCol) {
          if (cell.text !== '' && !/^(none|-|n\/a)$/i.test(cell.text))
            requirement(cell.text, `${block.header[prereqCol]}: ${cell.text}`, row.line, id);
        } else if (cell.text !== '') described.push(`${block.header[i + 1] ?? ''}: ${cell.text}`);
        readLinks(cell.links, id);
      });
      readLinks(first.links, id);
      if (described.length > 0) b.graph.mergeNodeAttributes(id, { description: described.join('; ') });
    }
  }

  walk(blocks);
  return { title, topics };
}

/** "[Title](url) - what it is" → "what it is". */
function descriptionAfterLink(inline: Inline): string | undefined {
  const link = inline.links.length === 1 ? inline.links[0] : undefined;
  if (!link || link.text === '') return undefined;
  const at = inline.text.indexOf(link.text);
  if (at < 0) return undefined;
  const rest = inline.text
    .slice(at + link.text.length)
    .replace(/^\s*[-–—:]\s*/, '')
    .trim();
  return rest === '' ? undefined : rest;
}

// What each diagnostic code means and how to fix it: SARIF's rules, GitHub's annotation titles and
// the README's list all read this one table, so a kind is explained once.
import type { Level } from '../types.ts';

export interface DiagnosticKind {
  /** Short, as an annotation's title. */
  title: string;
  level: Level;
  /** What to do about it, for an author reading a code-scanning alert. */
  help: string;
}

export const DIAGNOSTIC_KINDS: Readonly<Record<string, DiagnosticKind>> = {
  'broken-link': {
    title: 'Broken link',
    level: 'warning',
    help: 'A relative link names a document that is not in the docs folder. Fix the path, or add the document.',
  },
  'unsafe-link': {
    title: 'Unsafe link',
    level: 'error',
    help: 'Only http, https, mailto and relative links become clickable. javascript:, data:, vbscript:, file: and malformed URLs are shown as text: replace the link.',
  },
  'anchor-link': {
    title: 'In-page link',
    level: 'info',
    help: 'An in-page link (#anchor) is kept as text: Atlas links documents and resources, not headings.',
  },
  'duplicate-resource': {
    title: 'Duplicate resource',
    level: 'info',
    help: 'The same resource is cited twice for one topic. Remove one of the two.',
  },
  'duplicate-topic': {
    title: 'Duplicate topic',
    level: 'warning',
    help: 'Two topics of one document share a name, so they get one id and learners cannot tell them apart. Rename one.',
  },
  'no-resources': {
    title: 'Topic without resources',
    level: 'warning',
    help: 'A topic lists no resources, so a learner does not know where to study it. Add a **Resources:** list under it.',
  },
  'unknown-prerequisite': {
    title: 'Unknown prerequisite',
    level: 'warning',
    help: 'A prerequisite (Requires:, a Prerequisites column or front-matter prerequisites:) names no topic. Use the exact title of an existing topic.',
  },
  cycle: {
    title: 'Prerequisite cycle',
    level: 'error',
    help: 'Topics require each other in a loop, so no plan can put either first. Remove one of the prerequisites in the loop.',
  },
  'tree-too-large': {
    title: 'Docs tree too large',
    level: 'error',
    help: 'All the documents together are over the bytes budget for one tree; this document and every later one by path are skipped. Split the tree, or build a part of it.',
  },
  'too-many-tokens': {
    title: 'Document too long',
    level: 'error',
    help: 'The document has more markdown tokens than one document may; from the line given on it is not read. Split it into several documents.',
  },
  'duplicate-id': {
    title: 'Names that read alike',
    level: 'warning',
    help: 'Two folders or documents slug to the same id ("01-intro" and "intro", "Intro" and "intro"); the later one by path got a "-2" id. Rename one, so that links and saved progress stay clear.',
  },
  'pathway-unknown': {
    title: 'Background not read',
    level: 'info',
    help: 'Atlas could not tell what this background already knows, so it assumes nothing: learners tick what they know instead. Name a profession or field ("For Software Engineers"), or say what to skip.',
  },
  knowledge: {
    title: 'Knowledge file',
    level: 'error',
    help: 'A knowledge-base YAML file (--knowledge) could not be read, or an entry names a subject the file does not define. Fix the file at the line given; the rest of the knowledge base still applies.',
  },
  'inferred-cycle': {
    title: 'Inferred cycle',
    level: 'info',
    help: 'Inference found evidence both ways around a cycle of its own edges and left out the weakest one. Nothing to fix; write the prerequisite in the document (Requires:) or a curation file if you know the order.',
  },
  curation: {
    title: 'Curation file problem',
    level: 'error',
    help: 'A curation YAML file could not be read or names topics that do not exist. Fix the file beside the docs folder.',
  },
  category: {
    title: 'Invalid _category_.json',
    level: 'error',
    help: "A folder's _category_.json is not valid JSON or has fields of the wrong type (label, position, description).",
  },
  'front-matter': {
    title: 'Invalid front matter',
    level: 'error',
    help: 'The YAML front matter between the --- lines does not parse or has fields of the wrong type. Only plain YAML is read; ---js is never run.',
  },
  'empty-document': { title: 'Empty document', level: 'warning', help: 'The document has no content. Write it, or remove it.' },
  'empty-heading': { title: 'Empty heading', level: 'warning', help: 'A heading has no text. Give it one, or remove it.' },
  'empty-item': { title: 'Empty list item', level: 'warning', help: 'A list item has no text. Give it one, or remove it.' },
  'empty-row': {
    title: 'Table row without a name',
    level: 'warning',
    help: 'A table row has no name in its first column, so it cannot become a topic.',
  },
  'raw-html': { title: 'Raw HTML', level: 'info', help: 'Raw HTML is kept as text and never rendered. Use markdown instead.' },
  partial: {
    title: 'Partial document',
    level: 'info',
    help: 'A file whose name starts with _ is a partial, included by other documents, and is not read as a page.',
  },
  unreadable: {
    title: 'Unreadable file',
    level: 'error',
    help: 'The file is not valid UTF-8 text (or holds NUL bytes). Save it as UTF-8.',
  },
  'too-large': {
    title: 'File too large',
    level: 'error',
    help: 'The file is over the size limit and was skipped. Split it, or raise the limit with --max-file-mb.',
  },
  'too-many-files': {
    title: 'Too many documents',
    level: 'error',
    help: 'The docs folder holds more documents than Atlas reads in one tree; later ones were skipped. Check the folder, or split the tree.',
  },
  'too-deep': {
    title: 'Nesting too deep',
    level: 'warning',
    help: 'Lists or blockquotes nest deeper than Atlas reads; the deeper content is not read. Flatten the list.',
  },
  'line-too-long': {
    title: 'Line too long',
    level: 'warning',
    help: 'A line is longer than Atlas reads; the rest of the line is not read. Break it up.',
  },
  suggestion: {
    title: 'Learner suggestion',
    level: 'info',
    help: 'Learners suggested a prerequisite the documents do not state. Review it, and add it to the document or the curation file if it is right.',
  },
  'suggestion-stale': {
    title: 'Stale suggestion',
    level: 'warning',
    help: "A learner's suggestion names a topic that no longer exists. Drop the suggestion, or map it to the renamed topic.",
  },
};

/** A code the table does not know yet still gets a rule: its title is the code itself. */
export function diagnosticKind(code: string, level: Level): DiagnosticKind {
  return DIAGNOSTIC_KINDS[code] ?? { title: code, level, help: `See the message of each "${code}" diagnostic.` };
}

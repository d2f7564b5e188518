// Limits checked before parsing, so no document can make the ingest slow or drop content
// silently: each limit that bites is a diagnostic, and the rest of the tree is still built.
import type { Diagnostic } from '../types.ts';
import type { YamlLimits } from './yaml.ts';

export interface Limits {
  /** Largest document read, in bytes. */
  maxFileBytes: number;
  /** Most documents read from one tree. */
  maxFiles: number;
  /** Longest line read, in characters; longer lines are cut. */
  maxLineLength: number;
  /** Deepest list or blockquote nesting read; deeper lines are reported and not parsed. */
  maxDepth: number;
  /** Most bytes read from one tree, all documents together; later documents (by path) are skipped. */
  maxTreeBytes: number;
  /** Most markdown tokens read from one document; the rest of it is reported and not read. */
  maxTokens: number;
  /** A document's front matter: its bytes, its keys and its aliases. */
  frontMatter: YamlLimits;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 5 * 1024 * 1024,
  maxFiles: 20_000,
  maxLineLength: 20_000,
  maxDepth: 64,
  maxTreeBytes: 200 * 1024 * 1024,
  maxTokens: 2_000_000,
  frontMatter: { maxBytes: 64 * 1024, maxKeys: 1_000, maxAliases: 100 },
};

/** A curation or knowledge file: reviewed by the project, larger than front matter, still bounded. */
export const CURATION_LIMITS: YamlLimits = { maxBytes: 1024 * 1024, maxKeys: 50_000, maxAliases: 100 };

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:\s|$)/;
// A list marker or a quote opening a level inside a list item, as in "- > - > x".
const NESTED_RUN = /^(?:(?:[-*+]|\d{1,9}[.)])[ \t]+|>[ \t]?)/;

/**
 * Estimate each line's list/blockquote depth from its indentation and `>` markers, and blank
 * the lines past `maxDepth` (keeping line numbers), reporting them as one range.
 */
export function enforceLineLimits(body: string, bodyLineOffset: number, file: string, limits: Limits, diagnostics: Diagnostic[]): string {
  if (withinLimits(body, limits)) return body;
  const lines = body.split('\n');
  let changed = false;
  let deepStart = -1;
  let deepItems = 0;
  const listIndents: number[] = [];
  let deepEnd = -1;
  const flushDeep = () => {
    if (deepStart < 0) return;
    const range =
      deepEnd === deepStart
        ? `line ${deepStart + bodyLineOffset + 1} nests`
        : `lines ${deepStart + bodyLineOffset + 1}-${deepEnd + bodyLineOffset + 1} nest`;
    diagnostics.push({
      file,
      line: deepStart + bodyLineOffset + 1,
      level: 'warning',
      code: 'too-deep',
      message: `${range} deeper than ${limits.maxDepth} levels; ${deepItems > 0 ? `their ${deepItems} list items are` : 'that content is'} not read`,
    });
    deepStart = -1;
    deepItems = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    if (line.length > limits.maxLineLength) {
      diagnostics.push({
        file,
        line: i + bodyLineOffset + 1,
        level: 'warning',
        code: 'line-too-long',
        message: `line is ${line.length} characters; only the first ${limits.maxLineLength} are read`,
      });
      line = line.slice(0, limits.maxLineLength);
      lines[i] = line;
      changed = true;
    }
    let quotes = 0;
    let rest = line;
    for (let m = /^\s{0,3}>\s?/.exec(rest); m; m = /^\s{0,3}>\s?/.exec(rest)) {
      quotes++;
      rest = rest.slice(m[0].length);
    }
    const indent = /^\s*/.exec(rest)?.[0].replace(/\t/g, '    ').length ?? 0;
    const content = rest.trimStart();
    if (content !== '') {
      while (listIndents.length > 0 && (listIndents[listIndents.length - 1] as number) >= indent) listIndents.pop();
      if (LIST_MARKER.test(content)) listIndents.push(indent);
      else if (indent === 0) listIndents.length = 0;
    }
    // "- - - - x" opens one list per marker on a single line, and "- > - > x" a list or a quote per marker.
    let markers = 0;
    for (let m = NESTED_RUN.exec(content), c = content; m; c = c.slice(m[0].length), m = NESTED_RUN.exec(c)) markers++;
    const depth = quotes + listIndents.length + Math.max(0, markers - 1);
    if (depth > limits.maxDepth) {
      if (deepStart < 0) deepStart = i;
      if (content !== '' || quotes > 0) deepEnd = i;
      if (LIST_MARKER.test(content)) deepItems += Math.max(1, markers);
      lines[i] = '';
      changed = true;
    } else if (content !== '') flushDeep();
  }
  flushDeep();
  return changed ? lines.join('\n') : body;
}

/**
 * A quick proof that no line is too long or too deep, so that most documents are not split into
 * lines. A line's depth counts its quotes (a ">" each), its open lists (fewer than its indent plus
 * one, a tab indenting by 4) and its markers (two characters each): at most 4 times its leading run
 * of whitespace, ">" and marker characters, plus one; a blank line adds its own quotes to the lists
 * of the line before it. So when every leading run is shorter than (maxDepth - 1) / 5, none nests
 * past maxDepth.
 */
function withinLimits(body: string, limits: Limits): boolean {
  const run = Math.floor((limits.maxDepth - 1) / 5);
  if (run < 1) return false;
  const deepPrefix = new RegExp(`(?:^|\\n)[\\s>*+\\-.)0-9]{${run}}`);
  if (deepPrefix.test(body)) return false;
  if (body.length <= limits.maxLineLength) return true;
  for (let start = 0; start <= body.length;) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    if (end - start > limits.maxLineLength) return false;
    start = end + 1;
  }
  return true;
}

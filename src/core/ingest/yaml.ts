// YAML from strangers (front matter, curation, knowledge files) read under budgets: its size is
// checked before parsing, its keys and aliases counted on the parsed tree before any value is
// built, and every problem is a diagnostic at its file and line, never an exception. Duplicate keys
// are found here with one set per mapping: the parser's own check compares every pair of keys.
import { isAlias, isMap, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { Diagnostic, InputFile } from '../types.ts';
import { decodeText } from './decode.ts';

export interface YamlLimits {
  /** Largest text parsed, in bytes of UTF-8. */
  maxBytes: number;
  /** Most mapping keys. */
  maxKeys: number;
  /** Most aliases (`*name`); each can stand for a whole tree, so a few can make a huge value. */
  maxAliases: number;
}

export interface SafeYaml {
  /** The data, as plain JavaScript values (no custom tags: YAML's core schema only). */
  value: unknown;
  document: Document.Parsed;
  /** The file line of a character offset in the text. */
  lineAt(offset: number): number;
}

export interface YamlSource {
  file: string;
  /** Diagnostic code of the caller (`front-matter`, `curation`, …). */
  code: string;
  /** Lines of the file before the text: the front matter starts on line 2. */
  lineOffset?: number;
  /** What the text is, in messages ("YAML front matter"). */
  what?: string;
}

/** Parse `text`, or report why not and return null. */
export function parseYamlSafely(text: string, source: YamlSource, limits: YamlLimits, diagnostics: Diagnostic[]): SafeYaml | null {
  const { file, code, lineOffset = 0, what = 'YAML' } = source;
  const report = (line: number, message: string) => diagnostics.push({ file, line: line + lineOffset, level: 'error', code, message });
  // Three bytes per UTF-16 unit at most: only a text near the limit is measured exactly.
  const bytes = text.length * 3 <= limits.maxBytes ? 0 : new TextEncoder().encode(text).length;
  if (bytes > limits.maxBytes) {
    report(1, `${what} is ${bytes} bytes, over the limit of ${limits.maxBytes}; not read`);
    return null;
  }
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, schema: 'core', customTags: [], uniqueKeys: false, prettyErrors: false });
  const lineAt = (offset: number) => lines.linePos(offset).line;
  if (document.errors.length > 0) {
    for (const e of document.errors) report(lineAt(e.pos[0]), `invalid ${what}: ${e.message.split('\n')[0]}`);
    return null;
  }
  let keys = 0;
  let aliases = 0;
  let firstAlias = 0;
  let over: { line: number; message: string } | null = null;
  let duplicate: { line: number; key: string } | null = null;
  visit(document, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (++keys > limits.maxKeys) {
          over = { line: lineAt(rangeStart(pair.key) ?? 0), message: `${what} has more than ${limits.maxKeys} keys; not read` };
          return visit.BREAK;
        }
        const k = isScalar(pair.key) ? pair.key.value : pair.key;
        if (isScalar(pair.key) && seen.has(k) && duplicate === null)
          duplicate = { line: lineAt(rangeStart(pair.key) ?? 0), key: String(k) };
        seen.add(k);
      }
      return undefined;
    },
    Alias(_key, alias) {
      if (aliases === 0) firstAlias = alias.range?.[0] ?? 0;
      if (++aliases > limits.maxAliases) {
        over = { line: lineAt(alias.range?.[0] ?? 0), message: `${what} has more than ${limits.maxAliases} aliases; not read` };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  const stop = over as { line: number; message: string } | null;
  if (stop) {
    report(stop.line, stop.message);
    return null;
  }
  const dup = duplicate as { line: number; key: string } | null;
  if (dup) {
    report(dup.line, `invalid ${what}: map keys must be unique ("${dup.key}")`);
    return null;
  }
  try {
    // Few aliases can still nest into billions of values: the parser counts what they expand to.
    return { value: document.toJS({ maxAliasCount: limits.maxAliases }), document, lineAt };
  } catch {
    report(lineAt(firstAlias), `${what} has aliases that expand to more than ${limits.maxAliases} copies; not read`);
    return null;
  }
}

const rangeStart = (node: unknown): number | undefined => (isScalar(node) || isMap(node) || isAlias(node) ? node.range?.[0] : undefined);

/** A whole YAML file (curation, knowledge): its size checked before it is decoded, then parsed safely. */
export function readYamlFile(
  file: InputFile,
  source: Omit<YamlSource, 'file' | 'lineOffset'>,
  limits: YamlLimits,
  diagnostics: Diagnostic[],
): SafeYaml | null {
  const size = file.size ?? file.bytes.length;
  const report = (message: string) => diagnostics.push({ file: file.path, line: 1, level: 'error', code: source.code, message });
  if (size > limits.maxBytes) {
    report(`file is ${size} bytes, over the limit of ${limits.maxBytes}; not read`);
    return null;
  }
  const decoded = decodeText(file.bytes);
  if (!decoded.ok) {
    report(`${decoded.reason}; not read`);
    return null;
  }
  return parseYamlSafely(decoded.text, { ...source, file: file.path }, limits, diagnostics);
}

// YAML from strangers: alias bombs, many keys and huge texts are diagnostics at a line, never an
// exception, and never slow; the rest of the tree still builds.
import { describe, expect, it } from 'vitest';
import { parseYamlSafely } from '../../../src/core/ingest/yaml';
import { DEFAULT_LIMITS } from '../../../src/core/ingest/limits';
import type { Diagnostic } from '../../../src/core/types';
import { aliasBomb, build } from '../../helpers';

const manyKeys = (n: number): string => Array.from({ length: n }, (_, i) => `k${i}: v`).join('\n');
const doc = (frontMatter: string, title = 'Doc') =>
  `---\n${frontMatter}\n---\n# ${title}\n\n## S\n- **What you Need to Know**\n  - **${title} Topic**\n    - a concept\n`;

describe('parseYamlSafely', () => {
  const limits = { maxBytes: 10_000, maxKeys: 20, maxAliases: 5 };
  const parse = (text: string) => {
    const diagnostics: Diagnostic[] = [];
    const yaml = parseYamlSafely(text, { file: 'f.yaml', code: 'test', lineOffset: 1 }, limits, diagnostics);
    return { value: yaml?.value, diagnostics };
  };

  it.each([
    ['an alias bomb', aliasBomb(), 3, 'has more than 5 aliases'],
    ['an alias bomb of few aliases', aliasBomb(3, 2), 3, 'has aliases that expand to more than 5 copies'],
    ['too many keys', manyKeys(30), 22, 'has more than 20 keys'],
    ['too many bytes', `k: ${'x'.repeat(20_000)}`, 2, 'is 20003 bytes, over the limit of 10000'],
    ['a duplicate key', 'a: 1\nb: 2\na: 3', 4, 'map keys must be unique ("a")'],
    ['a syntax error', 'a: [1,\n', 3, 'invalid YAML'],
  ])('reports %s at its line and returns nothing', (_name, text, line, message) => {
    const { value, diagnostics } = parse(text);
    expect(value).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: 'f.yaml', line, level: 'error', code: 'test', message: expect.stringContaining(message) }),
    ]);
  });

  it('reads anchors, a few aliases and merge keys as data', () => {
    expect(parse('base: &b {x: 1}\nuse: *b\nlist: [*b, *b]').value).toEqual({ base: { x: 1 }, use: { x: 1 }, list: [{ x: 1 }, { x: 1 }] });
  });

  it('stays linear: 100,000 keys are refused in seconds (the parser check of duplicates takes minutes), with the byte cap lifted', () => {
    const text = manyKeys(100_000);
    const started = performance.now();
    const diagnostics: Diagnostic[] = [];
    parseYamlSafely(text, { file: 'f.yaml', code: 'test' }, { maxBytes: Infinity, maxKeys: 1000, maxAliases: 5 }, diagnostics);
    expect(diagnostics[0]?.message).toContain('more than 1000 keys');
    // The parser's own duplicate check took 780 s on this; one set per mapping takes a few seconds at most.
    expect(performance.now() - started).toBeLessThan(8_000);
  });
});

describe('front matter under the budgets', () => {
  it.each([
    ['an alias bomb', aliasBomb(), 'has aliases that expand to more than 100 copies'],
    ['20,000 keys', manyKeys(20_000), 'bytes, over the limit of 65536'],
    ['1,001 keys', manyKeys(1001), 'has more than 1000 keys'],
  ])('makes %s a diagnostic on that document and builds the rest', (_name, frontMatter, message) => {
    const r = build({ 'p/bomb.md': doc(frontMatter, 'Bomb'), 'p/good.md': doc('title: Good', 'Good') });
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ file: 'p/bomb.md', level: 'error', code: 'front-matter', message: expect.stringContaining(message) }),
    );
    expect(r.graph.getNodeAttribute('p/good#good-topic', 'label')).toBe('Good Topic');
    // The document itself is still read, without its front matter.
    expect(r.graph.hasNode('p/bomb#bomb-topic')).toBe(true);
  });

  it('has defaults a real front matter never reaches', () => {
    expect(DEFAULT_LIMITS.frontMatter).toEqual({ maxBytes: 65536, maxKeys: 1000, maxAliases: 100 });
  });
});

// `atlas check`'s formats for CI: GitHub annotations that land on the right file and line whatever
// a file name or message holds, and SARIF that code scanning accepts (checked against its schema).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { CHECK_FORMATS, countByLevel } from '../../../src/core/diagnostics/formats';
import { toGithubCommands } from '../../../src/core/diagnostics/github';
import { DIAGNOSTIC_KINDS } from '../../../src/core/diagnostics/kinds';
import { toSarif } from '../../../src/core/diagnostics/sarif';
import type { Diagnostic } from '../../../src/core/types';
import { check } from '../../../src/core/check';
import { build } from '../../helpers';

const d = (over: Partial<Diagnostic> = {}): Diagnostic => ({
  file: 'path/a.md',
  line: 3,
  level: 'warning',
  code: 'broken-link',
  message: 'link target not found: ./b.md',
  ...over,
});

describe('--format github', () => {
  it.each([
    [
      'a message with 100% of a line\r\nand another',
      'docs',
      d({ message: 'a message with 100% of a line\r\nand another' }),
      '::warning file=docs/path/a.md,line=3,title=Broken link::a message with 100%25 of a line%0D%0Aand another',
    ],
    [
      'a file name with a comma and a colon',
      'docs',
      d({ file: 'p/a,b:c.md' }),
      '::warning file=docs/p/a%2Cb%3Ac.md,line=3,title=Broken link::link target not found: ./b.md',
    ],
    [
      'a file name with a percent sign and a newline',
      'docs',
      d({ file: 'p/50%\nx.md' }),
      '::warning file=docs/p/50%25%0Ax.md,line=3,title=Broken link::link target not found: ./b.md',
    ],
    [
      'an error',
      './docs/',
      d({ level: 'error', code: 'unsafe-link', message: 'unsafe link scheme: "javascript:x"' }),
      '::error file=docs/path/a.md,line=3,title=Unsafe link::unsafe link scheme: "javascript:x"',
    ],
    [
      'info, as a notice, at the repository root',
      '',
      d({ level: 'info', code: 'raw-html' }),
      '::notice file=path/a.md,line=3,title=Raw HTML::link target not found: ./b.md',
    ],
    [
      'a code no table entry knows yet',
      'docs',
      d({ code: 'brand-new' }),
      '::warning file=docs/path/a.md,line=3,title=brand-new::link target not found: ./b.md',
    ],
  ])('escapes %s as the workflow-command spec requires', (_what, root, diagnostic, line) => {
    expect(toGithubCommands([diagnostic], { root })).toBe(`${line}\n`);
  });

  it('prints one command per diagnostic, nothing for a clean tree', () => {
    expect(toGithubCommands([], { root: 'docs' })).toBe('');
    expect(
      toGithubCommands([d(), d({ line: 9 })], { root: 'docs' })
        .split('\n')
        .filter(Boolean),
    ).toHaveLength(2);
  });
});

const require = createRequire(import.meta.url);
const schemaPath = join(require.resolve('@microsoft/jest-sarif/package.json'), '..', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
// The schema's language pattern is not valid with the u flag (a stray bracket); it is as published.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);

describe('--format sarif', () => {
  it('is valid SARIF 2.1.0 for a clean tree and for a broken one', () => {
    for (const diagnostics of [
      [],
      check(
        build({
          'p/a.md': '# A\n\n## S\n- **What you Need to Know**\n  - **T**\n    - [evil](javascript:alert(1))\n    - [gone](./nowhere.md)\n',
        }),
      ),
    ]) {
      const log = JSON.parse(toSarif(diagnostics, { root: 'docs', version: '0.1.0' })) as unknown;
      expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('has one rule per diagnostic kind, with its help text, and results located by file and line', () => {
    const log = JSON.parse(
      toSarif([d(), d({ line: 7 }), d({ level: 'error', code: 'cycle', message: 'A requires B requires A' })], { root: 'docs' }),
    ) as {
      runs: {
        tool: { driver: { rules: { id: string; help: { text: string } }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
        }[];
      }[];
    };
    const [run] = log.runs as [(typeof log.runs)[number]];
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['broken-link', 'cycle']);
    expect(run.tool.driver.rules[1]?.help.text).toBe(DIAGNOSTIC_KINDS.cycle?.help);
    expect(
      run.results.map((r) => [
        r.ruleId,
        r.ruleIndex,
        r.level,
        r.locations[0]?.physicalLocation.artifactLocation.uri,
        r.locations[0]?.physicalLocation.region.startLine,
      ]),
    ).toEqual([
      ['broken-link', 0, 'warning', 'docs/path/a.md', 3],
      ['broken-link', 0, 'warning', 'docs/path/a.md', 7],
      ['cycle', 1, 'error', 'docs/path/a.md', 3],
    ]);
  });

  it('explains every diagnostic code the core can report', () => {
    const dir = fileURLToPath(new URL('../../../src/core', import.meta.url));
    const codes = new Set<string>();
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const m of text.matchAll(/code: '([a-z-]+)'|diagnose\([^;]*?'(?:error|warning|info)', '([a-z-]+)'/g))
        codes.add((m[1] ?? m[2]) as string);
    }
    // The plan's own diagnostics are about a plan, never printed by `atlas check`.
    codes.delete('empty-target');
    expect([...codes].filter((c) => !(c in DIAGNOSTIC_KINDS))).toEqual([]);
  });
});

describe('--format text', () => {
  it.each([
    [[], '0 errors, 0 warnings, 0 info'],
    [[d()], '0 errors, 1 warning, 0 info'],
    [[d({ level: 'error' }), d(), d()], '1 error, 2 warnings, 0 info'],
  ])('counts in words: %j', (diagnostics, line) => {
    expect(countByLevel(diagnostics)).toBe(line);
    expect(CHECK_FORMATS.find((f) => f.id === 'text')?.run(diagnostics, { root: '' })).toMatch(new RegExp(`atlas check: ${line}\\n$`));
  });
});

// Front matter and `_category_.json`: parsed as data only (YAML core schema, no custom tags,
// no `---js`), then validated, so a stranger's document can never run code or reach a prototype.
import { z } from 'zod';
import type { Diagnostic } from '../types.ts';
import { parseYamlSafely, type YamlLimits } from './yaml.ts';

const stringList = z.union([
  z.array(z.union([z.string(), z.number()])).transform((a) => a.map(String)),
  z.string().transform((s) => splitList(s)),
]);

export const FrontMatterSchema = z
  .object({
    title: z.string().optional(),
    sidebar_label: z.string().optional(),
    sidebar_position: z.number().optional(),
    tags: stringList.optional(),
    prerequisites: stringList.optional(),
    requires: stringList.optional(),
    /** Atlas's own settings: `orientation` overrides whether the document's topics orient rather than teach. */
    atlas: z.object({ orientation: z.boolean().optional() }).loose().optional(),
  })
  .loose();
export type FrontMatter = z.infer<typeof FrontMatterSchema>;

export const CategorySchema = z
  .object({
    label: z.string().optional(),
    position: z.number().optional(),
    description: z.string().optional(),
    link: z.object({ description: z.string().optional() }).loose().optional(),
  })
  .loose();
export type Category = z.infer<typeof CategorySchema>;

export function splitList(s: string): string[] {
  return s
    .split(/[,;]/)
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

export interface SplitDocument {
  frontMatter: FrontMatter;
  body: string;
  /** Lines before the body (the front matter block), to keep line numbers right. */
  bodyLineOffset: number;
}

const FENCE = /^---[ \t]*$/;

/** Split a document into validated front matter and its markdown body. */
export function splitFrontMatter(text: string, file: string, limits: YamlLimits, diagnostics: Diagnostic[]): SplitDocument {
  const lines = text.split('\n');
  if (/^---[a-z]+/i.test(lines[0] ?? ''))
    diagnostics.push({
      file,
      line: 1,
      level: 'warning',
      code: 'front-matter',
      message: `"${(lines[0] ?? '').slice(0, 20)}" front matter is not supported and never evaluated; read as text`,
    });
  if (lines.length === 0 || !FENCE.test(lines[0] ?? '')) return { frontMatter: {}, body: text, bodyLineOffset: 0 };
  let end = -1;
  for (let i = 1; i < lines.length; i++) {
    if (FENCE.test(lines[i] ?? '') || /^\.\.\.[ \t]*$/.test(lines[i] ?? '')) {
      end = i;
      break;
    }
  }
  if (end < 0) {
    diagnostics.push({ file, line: 1, level: 'error', code: 'front-matter', message: 'front matter is not closed by a "---" line' });
    return { frontMatter: {}, body: lines.slice(1).join('\n'), bodyLineOffset: 1 };
  }
  const body = lines.slice(end + 1).join('\n');
  const yamlText = lines.slice(1, end).join('\n');
  return { frontMatter: parseFrontMatter(yamlText, file, limits, diagnostics), body, bodyLineOffset: end + 1 };
}

function parseFrontMatter(yamlText: string, file: string, limits: YamlLimits, diagnostics: Diagnostic[]): FrontMatter {
  const yaml = parseYamlSafely(yamlText, { file, code: 'front-matter', lineOffset: 1, what: 'YAML front matter' }, limits, diagnostics);
  const data = yaml?.value;
  if (data === null || data === undefined) return {};
  const parsed = FrontMatterSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const node = yaml?.document.getIn(issue.path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
      const line = 1 + (yaml && node?.range ? yaml.lineAt(node.range[0]) : 1);
      diagnostics.push({
        file,
        line,
        level: 'error',
        code: 'front-matter',
        message: `front matter "${issue.path.join('.')}": ${issue.message}`,
      });
    }
    return {};
  }
  return parsed.data;
}

/** Parse a `_category_.json`; errors become diagnostics and an empty category. */
export function parseCategory(text: string, file: string, diagnostics: Diagnostic[]): Category {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    diagnostics.push({
      file,
      line: 1,
      level: 'error',
      code: 'category',
      message: `invalid JSON in _category_.json: ${(e as Error).message}`,
    });
    return {};
  }
  const parsed = CategorySchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      diagnostics.push({
        file,
        line: 1,
        level: 'error',
        code: 'category',
        message: `_category_.json "${issue.path.join('.')}": ${issue.message}`,
      });
    }
    return {};
  }
  return parsed.data;
}

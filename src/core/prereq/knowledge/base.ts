// The knowledge base: well-known prerequisite relations between subjects that curricula share
// (subjects.yaml beside this file, and any file a user adds), matched to topics by their words.
// It is subject knowledge a teacher brings to any docs tree, so it is validated like a curation
// file, and every edge it supports names the entry and the reason written there.
import { z } from 'zod';
import { CURATION_LIMITS } from '../../ingest/limits.ts';
import { readYamlFile } from '../../ingest/yaml.ts';
import type { Diagnostic, InputFile, Source } from '../../types.ts';
import { phraseKey, phraseTokens } from './phrases.ts';

/** A knowledge file is reviewed data like a curation file, and larger: the shipped one has thousands of aliases. */
const KNOWLEDGE_LIMITS = { ...CURATION_LIMITS, maxBytes: 4 * 1024 * 1024 };

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase words joined by hyphens');
const SubjectSchema = z.strictObject({
  id: Id,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).min(1),
  /** Subjects a topic about this one teaches along the way: Python teaches programming itself. */
  covers: z.array(Id).default([]),
  needs: z.record(z.string(), z.string().min(1, 'give a one-line reason')).default({}),
});
const BackgroundSchema = z.strictObject({ id: Id, names: z.array(z.string().min(1)).min(1), knows: z.array(Id) });
export const KnowledgeSchema = z.strictObject({
  version: z.literal(1),
  subjects: z.array(SubjectSchema).default([]),
  backgrounds: z.array(BackgroundSchema).default([]),
});

export interface Subject {
  id: string;
  name: string;
  aliases: string[];
  /** Direct prerequisites: subject id → the reason a teacher gives. */
  needs: Map<string, string>;
  covers: string[];
  source: Source;
}

export interface Background {
  id: string;
  names: string[];
  knows: string[];
  source: Source;
}

export interface KnowledgeBase {
  subjects: Map<string, Subject>;
  backgrounds: Background[];
  /** Alias phrase key (stems joined by spaces) → subject id. */
  aliases: Map<string, string>;
  /** Background name phrase key → background. */
  backgroundNames: Map<string, Background>;
  /** The longest alias, in tokens: how far a match looks ahead. */
  longest: number;
}

export const EMPTY_KNOWLEDGE: KnowledgeBase = {
  subjects: new Map(),
  backgrounds: [],
  aliases: new Map(),
  backgroundNames: new Map(),
  longest: 0,
};

/** Parsed knowledge bases by their files' bytes: the shipped file is parsed once per process, not once per build. */
const parsedOnce = new Map<string, { kb: KnowledgeBase; diagnostics: Diagnostic[] }>();

/** The YAML files of a knowledge base, merged in order: a later file adds aliases and needs to a subject of an earlier one. */
export function parseKnowledge(files: readonly InputFile[], diagnostics: Diagnostic[]): KnowledgeBase {
  if (files.length === 0) return EMPTY_KNOWLEDGE;
  const key = files.map((f) => `${f.path}\u0000${new TextDecoder().decode(f.bytes)}`).join('\u0001');
  let parsed = parsedOnce.get(key);
  if (parsed === undefined) {
    const own: Diagnostic[] = [];
    parsed = { kb: parseKnowledgeFiles(files, own), diagnostics: own };
    if (parsedOnce.size > 8) parsedOnce.clear();
    parsedOnce.set(key, parsed);
  }
  diagnostics.push(...parsed.diagnostics);
  return parsed.kb;
}

function parseKnowledgeFiles(files: readonly InputFile[], diagnostics: Diagnostic[]): KnowledgeBase {
  const subjects = new Map<string, Subject>();
  const backgrounds: Background[] = [];
  for (const file of files) {
    const fail = (line: number, message: string) => diagnostics.push({ file: file.path, line, level: 'error', code: 'knowledge', message });
    const yaml = readYamlFile(file, { code: 'knowledge' }, KNOWLEDGE_LIMITS, diagnostics);
    if (yaml === null) continue;
    const doc = yaml.document;
    const data = yaml.value;
    const parsed = KnowledgeSchema.safeParse(data);
    const lineAt = (path: (string | number)[]): number => {
      const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
      return node?.range ? yaml.lineAt(node.range[0]) : 1;
    };
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        fail(lineAt(issue.path as (string | number)[]), `"${issue.path.join('.')}": ${issue.message}`);
      continue;
    }
    parsed.data.subjects.forEach((s, i) => {
      const source = { file: file.path, line: lineAt(['subjects', i]) };
      const known = subjects.get(s.id);
      if (known) {
        for (const a of s.aliases) if (!known.aliases.includes(a)) known.aliases.push(a);
        for (const [need, why] of Object.entries(s.needs)) known.needs.set(need, why);
        for (const c of s.covers) if (!known.covers.includes(c)) known.covers.push(c);
      } else
        subjects.set(s.id, {
          id: s.id,
          name: s.name,
          aliases: [...s.aliases],
          covers: [...s.covers],
          needs: new Map(Object.entries(s.needs)),
          source,
        });
    });
    parsed.data.backgrounds.forEach((b, i) => backgrounds.push({ ...b, source: { file: file.path, line: lineAt(['backgrounds', i]) } }));
  }
  return indexKnowledge(subjects, backgrounds, diagnostics);
}

function indexKnowledge(subjects: Map<string, Subject>, backgrounds: Background[], diagnostics: Diagnostic[]): KnowledgeBase {
  /** Whether an entry names a subject the knowledge base lacks; if so it is reported, at its entry, and ignored. */
  const unknown =
    (source: Source, what: string) =>
    (id: string): boolean => {
      if (subjects.has(id)) return false;
      diagnostics.push({ ...source, level: 'error', code: 'knowledge', message: `${what} unknown subject "${id}"; ignored` });
      return true;
    };
  const aliases = new Map<string, string>();
  let longest = 0;
  for (const s of subjects.values()) {
    for (const need of [...s.needs.keys()].filter(unknown(s.source, `subject "${s.id}" needs`))) s.needs.delete(need);
    s.covers = s.covers.filter((c) => c !== s.id && !unknown(s.source, `subject "${s.id}" covers`)(c));
    for (const alias of [s.name, ...s.aliases]) {
      const tokens = phraseTokens(alias);
      // "using a computer" would shrink to "computer": an alias of several words names the subject only as a phrase.
      if (tokens.length === 0 || (tokens.length === 1 && alias.trim().split(/\s+/).length > 1)) continue;
      const key = phraseKey(tokens);
      const owner = aliases.get(key);
      if (owner !== undefined && owner !== s.id) {
        diagnostics.push({
          ...s.source,
          level: 'warning',
          code: 'knowledge',
          message: `alias "${alias}" of "${s.id}" already names "${owner}"; kept for "${owner}"`,
        });
        continue;
      }
      aliases.set(key, s.id);
      longest = Math.max(longest, tokens.length);
    }
  }
  const backgroundNames = new Map<string, Background>();
  for (const b of backgrounds) {
    b.knows = b.knows.filter((k) => !unknown(b.source, `background "${b.id}" knows`)(k));
    for (const name of b.names) {
      const tokens = phraseTokens(name);
      if (tokens.length > 0 && !backgroundNames.has(phraseKey(tokens))) backgroundNames.set(phraseKey(tokens), b);
    }
  }
  return { subjects, backgrounds, aliases, backgroundNames, longest };
}

const ancestorCache = new WeakMap<KnowledgeBase, Map<string, Map<string, string[]>>>();

/**
 * Every subject `to` needs, directly or through others, up to `depth` steps, each with the chain of
 * subjects from `to` down to it (shortest first found), so the evidence can name the chain.
 * Computed once per subject and knowledge base.
 */
export function ancestorsOf(kb: KnowledgeBase, to: string, depth = 3): Map<string, string[]> {
  let cache = ancestorCache.get(kb);
  if (cache === undefined) ancestorCache.set(kb, (cache = new Map()));
  const cached = cache.get(to);
  if (cached) return cached;
  const out = new Map<string, string[]>();
  let frontier: string[][] = [[to]];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[][] = [];
    for (const chain of frontier) {
      for (const need of kb.subjects.get(chain[chain.length - 1] as string)?.needs.keys() ?? []) {
        if (need === to || out.has(need)) continue;
        const longer = [...chain, need];
        out.set(need, longer);
        next.push(longer);
      }
    }
    frontier = next;
  }
  cache.set(to, out);
  return out;
}

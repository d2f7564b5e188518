// A synthetic curriculum of any size, in the exact template of the real learning paths, so the
// ingest can be measured at 1k, 10k and 100k topics. Seeded and pure: the same options give a
// byte-identical tree. Paths are produced one at a time so a caller can write a huge tree
// without holding it all in memory.
import { mulberry32, type Random } from './random';
import { capitalize, formatResource, Namer, slugify, type Resource } from './names';
import { BACKGROUNDS, GERUNDS, NOUNS, SUBJECTS } from './words';

export interface CurriculumOptions {
  /** Topics (and assessment milestones) in the whole tree; pathways are not counted. */
  topics: number;
  seed?: number;
}

export interface GeneratedFile {
  /** Relative to the docs root, forward slashes. */
  path: string;
  text: string;
}

export interface GeneratedPath {
  folder: string;
  files: GeneratedFile[];
  topics: number;
}

export const DEFAULT_SEED = 1;

type DocKind = 'prerequisites' | 'getting-started' | 'module';

interface DocPlan {
  kind: DocKind;
  file: string;
  title: string;
  /** Module name and number, for the links that point at this document. */
  module?: { n: number; name: string };
  position: number;
  topics: number;
}

/** State carried from path to path: the random source, unique names, resources cited site-wide. */
interface Site {
  rng: Random;
  namer: Namer;
  shared: Resource[];
  /** Topic labels of the previous learning path, for the odd prerequisite across paths. */
  previousTopics: string[];
}

const SHARED_NAMES = ['Crash Course', 'Field Guide', 'Primer', 'Deep Dive', 'Masterclass', 'Playbook', 'Bootcamp', 'Companion'];
/** How often a resource line cites a site-wide or a path-wide shared resource instead of its own. */
const SHARE = { site: 0.12, path: 0.15 } as const;
/**
 * Most topics have three concepts and three resources, as the corpus's do (3.1 concept bullets of
 * about five words and 3.0 resources a topic, ~720 bytes): `bench/ingest.ts` prints both densities.
 */
const SHAPE = { fourConcepts: 0.1, twoResources: 0.04 } as const;
/**
 * Topics with a `Requires:` line naming earlier topics of their path (explicit); of those, lines
 * that also name a topic of the previous path; topics with a concept naming an earlier topic (implicit).
 */
const PREREQ = { explicit: 0.12, acrossPaths: 0.15, implicit: 0.3 } as const;

export function* curriculumPaths(options: CurriculumOptions): Generator<GeneratedPath> {
  if (!Number.isInteger(options.topics) || options.topics < 1)
    throw new RangeError(`gen: topics must be a positive integer, got ${options.topics}`);
  const rng = mulberry32(options.seed ?? DEFAULT_SEED);
  const namer = new Namer(rng);
  // About four citations per site-wide resource at any size: shared, but no hub that every topic cites.
  const shared = Array.from({ length: Math.max(20, Math.ceil(options.topics / 15)) }, () =>
    namer.sharedResource(`${rng.pick(SUBJECTS)} ${rng.pick(SHARED_NAMES)}`),
  );
  const site: Site = { rng, namer, shared, previousTopics: [] };
  let remaining = options.topics;
  for (let position = 1; remaining > 0; position++) {
    const path = learningPath(site, position, remaining);
    remaining -= path.topics;
    yield path;
  }
}

/** The whole tree as a list of files. */
export function generateCurriculum(options: CurriculumOptions): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  for (const path of curriculumPaths(options)) files.push(...path.files);
  return files;
}

function learningPath(site: Site, position: number, budget: number): GeneratedPath {
  const { rng, namer } = site;
  const { label, field } = namer.pathLabel();
  const folder = slugify(label);
  const theme = rng.sample(SUBJECTS, 14);
  const docs = planDocs(rng, label, theme, budget);
  const description = `Master ${theme[0]?.toLowerCase()}, ${theme[1]?.toLowerCase()}, and ${theme[2]?.toLowerCase()} for building ${field.toLowerCase()} systems.`;
  const category = JSON.stringify({ label, position, link: { type: 'generated-index', description } }, null, 2);
  const pool = Array.from({ length: 6 }, (_, i) => namer.sharedResource(`${field} ${theme[i] ?? ''}`));
  const ctx: PathContext = { site, label, theme, pool, docs, earlier: [] };
  const files = [{ path: `${folder}/_category_.json`, text: `${category}\n` }];
  for (const [i, doc] of docs.entries())
    files.push({
      path: `${folder}/${doc.file}`,
      text: renderDoc(
        ctx,
        doc,
        docs.slice(i + 1).find((d) => d.module !== undefined),
      ),
    });
  site.previousTopics = ctx.earlier;
  return { folder, files, topics: docs.reduce((n, d) => n + d.topics, 0) };
}

/** The documents of a path and their topic counts, cut to what is left of the budget. */
function planDocs(rng: Random, label: string, theme: readonly string[], budget: number): DocPlan[] {
  const modules = rng.int(3, 6);
  const docs: DocPlan[] = [
    { kind: 'prerequisites', file: '00-prerequisites.md', title: `Prerequisites for ${label}`, position: 1, topics: 0 },
    { kind: 'getting-started', file: 'getting-started.md', title: `Getting Started with ${label}`, position: 2, topics: 0 },
  ];
  for (let n = 1; n <= modules; n++) {
    const a = theme[2 * n] as string;
    const name = rng.chance(0.5) ? `${a} and ${theme[2 * n + 1]}` : `${a} in Depth`;
    docs.push({
      kind: 'module',
      file: `${String(n).padStart(2, '0')}-${slugify(name)}.md`,
      title: name,
      module: { n, name },
      position: n + 2,
      topics: 0,
    });
  }
  let left = budget;
  const planned: DocPlan[] = [];
  for (const doc of docs) {
    if (left === 0) break;
    const want = rng.int(15, 25);
    // A remainder too small to be a document joins the one before it.
    const take = left - want < 3 ? left : want;
    planned.push({ ...doc, topics: take });
    left -= take;
  }
  return planned;
}

interface PathContext {
  site: Site;
  label: string;
  theme: readonly string[];
  pool: Resource[];
  docs: DocPlan[];
  /** Topics written so far in this path (overview documents excluded), oldest first. */
  earlier: string[];
}

/** `next` is the module the document's closing paragraph leads to, if any. */
function renderDoc(ctx: PathContext, doc: DocPlan, next: DocPlan | undefined): string {
  const { rng, namer } = ctx.site;
  const out: string[] = ['---', `sidebar_position: ${doc.position}`, '---', '', `# ${doc.title}`, ''];
  const withPathways = doc.kind !== 'module';
  const milestones = doc.kind === 'prerequisites' && doc.topics >= 8 ? 2 : 0;
  const plain = doc.topics - milestones;
  // 6-10 sections of 1-4 topics, as the real documents have; the assessment section is one of them.
  const sections = Math.min(10, Math.max(6, Math.round(doc.topics / 2.5))) - (milestones > 0 ? 1 : 0);
  const perSection = split(rng, plain, sections);
  const usedSections = new Set<string>();
  for (const [i, count] of perSection.entries()) {
    let heading = namer.sectionLabel(ctx.theme);
    while (usedSections.has(heading)) heading = namer.sectionLabel(ctx.theme);
    usedSections.add(heading);
    out.push(`## ${heading}`, '- **What you Need to Know**');
    for (let t = 0; t < count; t++) {
      if (t > 0) out.push('');
      out.push(...(doc.kind === 'getting-started' && i === 0 && t === 0 ? overviewTopic(ctx) : topic(ctx, doc.kind !== 'getting-started')));
    }
    out.push('');
  }
  if (milestones > 0) {
    out.push('## Assessment and Readiness Check', '- **What you Need to Know**');
    for (let m = 0; m < milestones; m++) {
      if (m > 0) out.push('');
      const label = namer.milestoneLabel(ctx.theme);
      out.push(
        `  - **${label}**`,
        ...Array.from({ length: rng.int(3, 4) }, () => `    - ${rng.pick(GERUNDS)} ${rng.pick(NOUNS)} on a real project`),
        ...resources(ctx, rng.pick(ctx.theme)),
      );
    }
    out.push('');
  }
  if (withPathways) out.push(...pathways(ctx), '');
  out.push(closing(ctx, doc, next), '');
  return out.join('\n');
}

/** `total` topics over `sections` sections, each at least one, the rest at random. */
function split(rng: Random, total: number, sections: number): number[] {
  const n = Math.max(1, Math.min(sections, total));
  const counts = Array.from({ length: n }, () => 1);
  for (let left = total - n; left > 0; left--) {
    const i = rng.int(0, n - 1);
    counts[i] = (counts[i] as number) + 1;
  }
  return counts;
}

function topic(ctx: PathContext, countsAsEarlier: boolean): string[] {
  const { rng, namer } = ctx.site;
  const { label, subject } = namer.topicLabel(ctx.theme);
  const lines = [`  - **${label}**`];
  const recent = ctx.earlier.slice(-40);
  if (recent.length >= 3 && rng.chance(PREREQ.explicit)) {
    const names = rng.sample(recent, rng.int(1, 2));
    if (ctx.site.previousTopics.length > 0 && rng.chance(PREREQ.acrossPaths)) names.push(rng.pick(ctx.site.previousTopics));
    lines.push(`    - Requires: ${names.join(', ')}`);
  }
  const concepts = Array.from({ length: rng.chance(SHAPE.fourConcepts) ? 4 : 3 }, () => namer.concept(subject));
  if (recent.length > 0 && rng.chance(PREREQ.implicit)) concepts[rng.int(0, concepts.length - 1)] = namer.mention(rng.pick(recent));
  lines.push(...concepts.map((c) => `    - ${c}`), ...resources(ctx, subject));
  if (countsAsEarlier) ctx.earlier.push(label);
  return lines;
}

/** The first topic of a getting-started document: the modules ahead, with links to them. */
function overviewTopic(ctx: PathContext): string[] {
  const { rng, namer } = ctx.site;
  const { label } = namer.topicLabel(ctx.theme);
  const modules = ctx.docs.filter((d) => d.module !== undefined);
  const lines = [`  - **${label}**`];
  for (const d of modules.slice(0, 4)) {
    const min = rng.int(4, 10);
    lines.push(`    - Module ${d.module?.n}: ${d.module?.name} (${min}-${min + rng.int(2, 4)} weeks) - ${capitalize(rng.pick(NOUNS))}`);
  }
  if (modules.length === 0) lines.push(`    - ${namer.concept(rng.pick(ctx.theme))}`);
  lines.push('    - **Resources:**');
  for (const d of modules.slice(0, 3))
    lines.push(`      - [Module ${d.module?.n}: ${d.module?.name}](./${d.file}) - ${capitalize(rng.pick(NOUNS))} in depth`);
  if (modules.length === 0) lines.push(`      - ${formatResource(namer.resource(rng.pick(ctx.theme)))}`);
  return lines;
}

function resources(ctx: PathContext, subject: string): string[] {
  const { rng, namer, shared } = ctx.site;
  const lines = ['    - **Resources:**'];
  const urls = new Set<string>();
  for (let n = rng.chance(SHAPE.twoResources) ? 2 : 3; n > 0;) {
    const roll = rng.next();
    const r = roll < SHARE.site ? rng.pick(shared) : roll < SHARE.site + SHARE.path ? rng.pick(ctx.pool) : namer.resource(subject);
    // A topic cites a URL once; the ingest would report a second citation as a duplicate.
    if (urls.has(r.url)) continue;
    urls.add(r.url);
    lines.push(`      - ${formatResource(r)}`);
    n--;
  }
  return lines;
}

function pathways(ctx: PathContext): string[] {
  const { rng } = ctx.site;
  const out = ['## Personalized Learning Pathways', '- **What you Need to Know**'];
  const backgrounds: string[] = rng.sample(BACKGROUNDS, rng.int(2, 3));
  if (rng.chance(0.3)) backgrounds[backgrounds.length - 1] = 'Complete Beginners';
  for (const [i, bg] of backgrounds.entries()) {
    const min = rng.int(6, 16);
    const [a, b, c] = rng.sample(ctx.theme, 3) as [string, string, string];
    if (i > 0) out.push('');
    out.push(
      bg === 'Complete Beginners' ? '  - **For Complete Beginners**' : `  - **For ${bg} Backgrounds**`,
      `    - Focus on ${a.toLowerCase()} and ${b.toLowerCase()} (${min}-${min + rng.int(2, 8)} weeks)`,
      `    - Learn ${c.toLowerCase()} through guided projects`,
      `    - Practice ${rng.pick(GERUNDS).toLowerCase()} ${rng.pick(NOUNS)}`,
      ...resources(ctx, a),
    );
  }
  return out;
}

function closing(ctx: PathContext, doc: DocPlan, next: DocPlan | undefined): string {
  const target = next?.module;
  if (next && target) {
    const link = `[Module ${target.n}: ${target.name}](./${next.file})`;
    if (doc.kind === 'prerequisites')
      return `**Ready to Begin?** Once you've completed these prerequisites, start with ${link} to begin your ${ctx.label} journey.`;
    if (doc.kind === 'getting-started')
      return `**Ready to Begin?** Start your ${ctx.label} journey with ${link} and master the foundations of ${target.name.toLowerCase()}!`;
    return `**Ready for ${target.name}?** Continue to ${link} to master ${target.name.toLowerCase()} for real projects.`;
  }
  return `**Congratulations!** You have completed the ${ctx.label} learning path. Continue your journey by contributing to open-source projects and mentoring others.`;
}

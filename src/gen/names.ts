// Plausible names and sentences for the synthetic curriculum, built from the word lists with a
// seeded random source: topic, section and path labels (topic labels unique across the whole site,
// so a `Requires:` line names exactly one topic), concept bullets and resource links.
import type { Random } from './random';
import {
  BASICS,
  CONTEXTS,
  CUES,
  FACETS,
  FIELDS,
  GERUNDS,
  NOUNS,
  PATH_QUALIFIERS,
  PROVIDERS,
  PURPOSES,
  QUALIFIERS,
  RESOURCE_ADJECTIVES,
  RESOURCE_KINDS,
  ROLES,
  SECTION_TAILS,
  SUBJECTS,
  TOOLS,
} from './words';

/** Lowercase ASCII words joined by dashes: file names and URL paths. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "Stream Processing" → "stream processing", keeping acronyms ("API Design" → "API design"). */
const lower = (s: string): string =>
  s
    .split(' ')
    .map((w) => (/^[A-Z][a-z]/.test(w) ? w.toLowerCase() : w))
    .join(' ');

export interface Resource {
  title: string;
  url: string;
  description: string;
}

export const formatResource = (r: Resource): string => `[${r.title}](${r.url}) - ${r.description}`;

export class Namer {
  private readonly usedTopics = new Set<string>();
  private readonly usedPaths = new Set<string>();
  /** Numbers a topic's own resources: URLs as short as the corpus's (~45 characters) yet unique. */
  private resources = 0;

  constructor(private readonly rng: Random) {}

  /** A learning path's label: "Cloud Operations", then "Applied Cloud Operations" once the plain ones run out. */
  pathLabel(): { label: string; field: string } {
    for (let attempt = 0; ; attempt++) {
      const field = this.rng.pick(FIELDS);
      const base = `${field} ${this.rng.pick(ROLES)}`;
      const label = attempt < 20 ? base : `${this.rng.pick(PATH_QUALIFIERS)} ${base}${attempt < 60 ? '' : ` ${attempt}`}`;
      if (this.usedPaths.has(slugify(label))) continue;
      this.usedPaths.add(slugify(label));
      return { label, field };
    }
  }

  /** A topic label unique across the site; `theme` biases it toward its learning path's subjects. */
  topicLabel(theme: readonly string[]): { label: string; subject: string } {
    for (let attempt = 0; ; attempt++) {
      const subject = this.rng.chance(0.75) ? this.rng.pick(theme) : this.rng.pick(SUBJECTS);
      const facet = this.rng.pick(FACETS);
      const form = this.rng.int(0, 9);
      const qualifier = this.rng.pick(QUALIFIERS);
      // "Container-Based Container Orchestration" reads like a generator wrote it.
      if (form >= 5 && subject.includes(qualifier.split(/[- ]/)[0] as string)) continue;
      let label = form < 5 ? `${subject} ${facet}` : form < 9 ? `${qualifier} ${subject} ${facet}` : `${qualifier} ${subject}`;
      // The word lists hold a few hundred thousand labels; a suffix keeps huge trees terminating.
      if (attempt >= 40) label = `${label} ${attempt - 38}`;
      if (this.usedTopics.has(label.toLowerCase())) continue;
      this.usedTopics.add(label.toLowerCase());
      return { label, subject };
    }
  }

  /** An assessment topic: "Stream Processing Skills Validation". */
  milestoneLabel(theme: readonly string[]): string {
    for (let attempt = 0; ; attempt++) {
      const base = `${this.rng.pick(theme)} ${this.rng.pick(['Skills Validation', 'Readiness Review', 'Practical Check', 'Project Review'])}`;
      const label = attempt < 10 ? base : `${this.rng.pick(QUALIFIERS)} ${base}${attempt < 40 ? '' : ` ${attempt}`}`;
      if (this.usedTopics.has(label.toLowerCase())) continue;
      this.usedTopics.add(label.toLowerCase());
      return label;
    }
  }

  sectionLabel(theme: readonly string[]): string {
    return this.rng.chance(0.4)
      ? `${this.rng.pick(theme)} and ${this.rng.pick(SUBJECTS)}`
      : `${this.rng.pick(theme)} ${this.rng.pick(SECTION_TAILS)}`;
  }

  /** One "what the topic covers" bullet. */
  concept(subject: string): string {
    const r = this.rng;
    const [a, b, c] = r.sample(NOUNS, 3) as [string, string, string];
    // Nine shapes, two of them short, so a bullet averages about five words, as the corpus's do.
    switch (r.int(0, 8)) {
      case 0:
        return `${capitalize(a)} and ${b}`;
      case 1:
        return `${capitalize(a)}, ${b}, and ${c}`;
      case 2:
        return `${r.pick(GERUNDS)} ${a} for ${r.pick(PURPOSES)}`;
      case 3:
        return `${capitalize(lower(subject))} ${a} with ${r.pick(TOOLS)}`;
      case 4:
        return `${r.pick(GERUNDS)} ${a} in ${r.pick(CONTEXTS)}`;
      case 5:
        return `Trade-offs between ${a} and ${b}`;
      case 6:
        return `${capitalize(a)} ${r.pick(BASICS)}`;
      case 7:
        return `${capitalize(a)} with ${r.pick(TOOLS)}`;
      default:
        return `Pitfalls in ${lower(subject)} ${a}`;
    }
  }

  /** A concept bullet that names an earlier topic: the implicit prerequisite an author writes. */
  mention(earlier: string): string {
    return `${this.rng.pick(CUES)} ${earlier} for ${this.rng.pick(this.rng.chance(0.5) ? NOUNS : PURPOSES)}`;
  }

  /** A resource of its own for a topic: one provider's page about the topic's subject. */
  resource(subject: string): Resource {
    const r = this.rng;
    const provider = r.pick(PROVIDERS);
    const kind = r.pick(RESOURCE_KINDS);
    return {
      title: `${subject} ${kind}`,
      url: `https://${provider.base}/${slugify(subject)}/${(this.resources++).toString(36)}`,
      description: `${r.pick(RESOURCE_ADJECTIVES)} ${provider.name} ${kind.toLowerCase()}`,
    };
  }

  /** A resource meant to be cited by many topics: a field's documentation, a well-known course. */
  sharedResource(name: string): Resource {
    const provider = this.rng.pick(PROVIDERS);
    const kind = this.rng.pick(RESOURCE_KINDS);
    return {
      title: `${name} ${kind}`,
      url: `https://${provider.base}/${slugify(name)}`,
      description: `${this.rng.pick(RESOURCE_ADJECTIVES)} ${provider.name} ${kind.toLowerCase()}`,
    };
  }
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

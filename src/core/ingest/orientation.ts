// Study topics and the rest: some headings orient the reader (a role overview, career notes, how
// the path is structured, communities, a week-by-week action plan, a getting-started page) rather
// than teach. Classed by signals a docs tree of any field gives, never by one corpus's words, so a
// plan holds only what a learner studies; a document's front matter can override the decision.
import type { AtlasGraph, NodeId } from '../types.ts';

/** Overview documents by file name: getting started, introduction, overview, index, welcome. */
const OVERVIEW_FILE = /(^|\/)(getting-started|overview|introduction|intro|index|readme|welcome)$/;
const OVERVIEW_TITLE = /^(getting started|introduction|overview|welcome)\b/i;
/** "Week 1: …", "Weeks 2-4 …", "Month 2-3: …", "Day 1", "Phase 2", "First 30 days". */
const TIME_PLAN = /^(?:(?:weeks?|months?|days?|phase)\s*\d|(?:first|next)\s+\d+\s+(?:days|weeks|months))/i;
/** A study schedule: "Week 1-2: …", "Month 3", "Phase 2" in its heading or in its text ("Recommended Preparation Schedule"). */
const PERIOD = /\b(weeks?|months?|days?|phase|stage|sprint)\s*\d/i;
/** Whether a heading is a study schedule the author wrote: an order of study, not a subject ("Learning Schedule and Consistency" is a subject). */
export const isStudySchedule = (label: string, description: string | undefined): boolean =>
  PERIOD.test(label) || (description !== undefined && PERIOD.test(description));
/** Words of careers, the job market, communities and how a course is laid out. */
const CAREER =
  /\b(careers?|market demand|job market|job search|salary|salaries|hiring|employers?|communit(?:y|ies)|networks?ing events|professional networks?|meetups?|conferences? and events|certifications?|success metrics|role overview|role definition|responsibilities|path structure|modules? overview|progressive modules|action plan|learning pathways?|professional development)\b/i;
/** Advice to a reader in some situation, not a subject: "If You're Missing Prerequisites", "Catching Up". */
const ADVICE =
  /^(?:if|when|where) (?:you|you're|you are)\b|\b(?:missing prerequisites|catch(?:ing)? up|fill(?:ing)? the gaps?|bridg(?:e|ing) the gaps?)\b/i;
/** A bullet that describes the course, not a concept to learn. */
const COURSE_BULLET = /\b(modules?|this (?:path|course|curriculum)|curriculum|you will|you'll|weeks?|months?|portfolio)\b/i;
/** …or the career. */
const CAREER_BULLET = /\b(careers?|salary|jobs?|employers?|demand|hiring|certifications?|promotion)\b/i;
/** Hosts and titles of communities: places to meet people, not material to learn from… */
const COMMUNITY_HOST =
  /(^|\.)(reddit\.com|discord\.(?:gg|com)|slack\.com|meetup\.com|stackoverflow\.com|stackexchange\.com|dev\.to|hashnode\.com|eventbrite\.com)$/i;
const COMMUNITY_TITLE = /\b(communit(?:y|ies)|forums?|subreddit|meetups?|slack|discord|conferences?|user groups?)\b/i;
/** …and of job boards, which are material only where careers are the subject. */
const JOB_BOARD_HOST = /(^|\.)(linkedin\.com|indeed\.com|glassdoor\.com|levels\.fyi)$/i;
const JOB_BOARD_TITLE = /\b(job boards?|jobs)\b/i;

/** Fewer topics than this say nothing about what a document is about. */
const MIN_TOPICS_FOR_A_SUBJECT = 4;

/** A document's own decision, from `atlas: { orientation: true | false }` in its front matter. */
export type OrientationOverride = boolean | undefined;

/** The signals that say a document orients rather than teaches: its file name or its title. */
export function isOverviewDocument(docId: NodeId, title = ''): boolean {
  return OVERVIEW_FILE.test(docId) || OVERVIEW_TITLE.test(title);
}

/**
 * Why a topic of `doc` orients rather than teaches, or null when it teaches. A time-plan heading,
 * an overview document or career and community words in the heading decide alone; words in the
 * section's heading, bullets that describe the course and community resources each need another.
 * Where careers are what the document teaches (`careerIsTheSubject`), career words in the heading
 * count as one weak signal, and in the bullets as none.
 */
export function orientationReason(
  graph: AtlasGraph,
  topic: NodeId,
  override: OrientationOverride,
  { careerIsTheSubject = false }: { careerIsTheSubject?: boolean } = {},
): string | null {
  const a = graph.getNodeAttributes(topic);
  if (a.kind !== 'topic') return null;
  if (override === false) return null;
  if (override === true) return 'the document says so in its front matter (atlas: orientation: true)';
  if (TIME_PLAN.test(a.label)) return `"${a.label}" is a time plan (week, month or day N)`;
  const doc = graph.getNodeAttributes(a.doc);
  if (isOverviewDocument(a.doc, doc.label)) return `it is on an overview page ("${doc.label}"), not a module`;
  const advice = ADVICE.exec(a.label);
  if (advice) return `its heading advises the reader ("${advice[0].toLowerCase()}"), it names no subject`;
  if (isStudySchedule(a.label, a.description)) return `"${a.label}" is a study schedule (periods of weeks, months or phases)`;
  const own = CAREER.exec(a.label);
  if (own && !careerIsTheSubject) return `its heading speaks of "${own[0].toLowerCase()}", not a subject`;

  const weak: string[] = [];
  if (own) weak.push(`its heading speaks of "${own[0].toLowerCase()}"`);
  const section = a.section === null ? null : CAREER.exec(graph.getNodeAttribute(a.section, 'label'));
  if (section) weak.push(`its section speaks of "${section[0].toLowerCase()}"`);
  const bullets: string[] = [];
  let community = 0;
  let resources = 0;
  const titles: string[] = [];
  graph.forEachOutNeighbor(topic, (_n, n) => {
    if (n.kind === 'concept') bullets.push(n.label);
  });
  graph.forEachInEdge(topic, (_e, e, _s, _t, n) => {
    if (n.kind !== 'resource' || e.kind !== 'teaches') return;
    resources++;
    titles.push(e.title);
    const host = hostOf(n.url);
    if (COMMUNITY_HOST.test(host) || COMMUNITY_TITLE.test(n.label)) community++;
    else if (!careerIsTheSubject && (JOB_BOARD_HOST.test(host) || JOB_BOARD_TITLE.test(n.label))) community++;
  });
  // A list of links ("Books and References", "Online Practice Environments"): material, not a subject.
  if (resources >= 2 && bullets.every((b) => titles.some((t) => b.startsWith(t))) && a.description === undefined)
    return `its ${bullets.length} bullets are links to resources; it names no concept to learn`;
  const describing = bullets.filter((b) => COURSE_BULLET.test(b) || (!careerIsTheSubject && CAREER_BULLET.test(b))).length;
  if (bullets.length >= 2 && describing * 2 >= bullets.length)
    weak.push(`${describing} of its ${bullets.length} bullets describe the course or career`);
  if (resources > 0 && community * 2 >= resources) weak.push(`${community} of its ${resources} resources are communities or job boards`);
  return weak.length >= 2 ? weak.join(', and ') : null;
}

function hostOf(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url);
  return m?.[1] ?? '';
}

/** Re-kind the orienting topics of one document; returns each with its reason, for `--stats`. */
export function classifyOrientation(
  graph: AtlasGraph,
  topics: readonly NodeId[],
  override: OrientationOverride,
): { id: NodeId; reason: string }[] {
  const out: { id: NodeId; reason: string }[] = [];
  // A document most of whose headings speak of careers, hiring or salaries is about them (human
  // resources, career counselling): there those words are its subject, not a sign of orientation.
  const careerHeadings = topics.filter((id) => CAREER.test(graph.getNodeAttribute(id, 'label'))).length;
  const careerIsTheSubject = topics.length >= MIN_TOPICS_FOR_A_SUBJECT && careerHeadings * 2 > topics.length;
  for (const id of topics) {
    const reason = orientationReason(graph, id, override, { careerIsTheSubject });
    if (reason === null) continue;
    const a = graph.getNodeAttributes(id);
    if (a.kind !== 'topic') continue;
    graph.replaceNodeAttributes(id, {
      kind: 'orientation',
      label: a.label,
      source: a.source,
      doc: a.doc,
      section: a.section,
      order: a.order,
      ...(a.description === undefined ? {} : { description: a.description }),
      reason,
    });
    out.push({ id, reason });
  }
  return out;
}

import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/build';
import { readKnowledge } from '../../../src/node/read-tree';
import type { BuildResult } from '../../../src/core/build';
import { tree } from '../../helpers';

const knowledge = await readKnowledge();

/** One learning path: its topics (label → bullets) and a "Personalized Learning Pathways" section. */
function path(topics: Record<string, string[]>, pathways: string[]): BuildResult {
  const lines = ['# Prerequisites', '', '## Foundations', '- **What you Need to Know**'];
  for (const [label, bullets] of Object.entries(topics)) lines.push(`  - **${label}**`, ...bullets.map((b) => `    - ${b}`));
  lines.push('', '## Personalized Learning Pathways', '- **What you Need to Know**');
  for (const p of pathways) lines.push(`  - **${p.split('|')[0]}**`, `    - ${p.split('|')[1] ?? 'Practice with projects'}`);
  return buildGraph(tree({ 'p/00-prerequisites.md': lines.join('\n') + '\n' }), { knowledge });
}

const assumedBy = (r: BuildResult, pathwayLabel: string) => {
  const g = r.graph;
  const p = g.findNode((_n, a) => a.kind === 'pathway' && a.label === pathwayLabel);
  if (p === undefined) throw new Error(`no pathway "${pathwayLabel}"`);
  return g
    .filterOutEdges(p, (_e, a) => a.kind === 'assumes')
    .map((e) => ({ topic: g.getNodeAttribute(g.target(e), 'label'), evidence: (g.getEdgeAttributes(e) as { evidence: string }).evidence }));
};

const TOPICS = {
  'Technical Leadership Skills': ['leading a team', 'mentoring engineers'],
  'Team Building and Culture': ['hiring', 'team rituals'],
  'Version Control with Git': ['branches and merges', 'pull requests'],
  'Linux Command Line': ['navigating the file system', 'pipes and redirection'],
  'Shell Scripting': ['bash variables', 'loops in bash'],
  'Statistics Fundamentals': ['descriptive statistics', 'hypothesis testing'],
  'Project Management': ['planning', 'scheduling'],
  'Network Fundamentals': ['the TCP/IP model', 'DNS and DHCP'],
};

describe('what a background assumes is read by meaning', () => {
  it('never on one shared common word: "Some Technical Background" assumes nothing, and says so', () => {
    const r = path(TOPICS, ['For Some Technical Backgrounds|Review programming concepts']);
    expect(assumedBy(r, 'For Some Technical Backgrounds')).toEqual([]);
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ level: 'info', code: 'pathway-unknown', message: expect.stringContaining('"Some Technical"') }),
    );
  });

  it.each([
    ['System Administrators', ['Linux Command Line', 'Shell Scripting']],
    ['Software Developers', ['Version Control with Git']],
    ['Developers', ['Version Control with Git']],
    ['IT Professionals', ['Network Fundamentals']],
    ['Data Scientists', ['Statistics Fundamentals']],
  ])('a profession the knowledge base knows: "%s" assumes %j', (who, topics) => {
    const r = path(TOPICS, [`For ${who} Backgrounds`]);
    const got = assumedBy(r, `For ${who} Backgrounds`);
    expect(got.map((a) => a.topic)).toEqual(expect.arrayContaining(topics));
    expect(got.map((a) => a.topic)).not.toContain('Technical Leadership Skills');
    for (const a of got) expect(a.evidence).toMatch(/knowledge base's [a-z-]+ background/);
    expect(r.diagnostics.filter((d) => d.code === 'pathway-unknown')).toEqual([]);
  });

  it('what the pathway says the learner already has', () => {
    const r = path(TOPICS, ['For Career Changers|Leverage existing project management experience']);
    expect(assumedBy(r, 'For Career Changers')).toEqual([
      {
        topic: 'Project Management',
        evidence: expect.stringContaining('the pathway says "Leverage existing project management experience"'),
      },
    ]);
  });

  it('what the pathway says to skip', () => {
    const r = path(TOPICS, ['For Analysts|Skip statistics fundamentals if you took a statistics course']);
    expect(assumedBy(r, 'For Analysts').map((a) => a.topic)).toEqual(['Statistics Fundamentals']);
  });

  it.each([
    [
      'Experienced Developers',
      'Function Calling and Tool Integration',
      [
        'Defining and using function calls with GPT models',
        'Integrating external APIs and tools',
        'Building agent-like behaviors with function calling',
      ],
    ],
    [
      'Data Scientists',
      'Cloud Environment Setup',
      ['Cloud-based development environments', 'Jupyter notebook and lab configurations', 'Remote development and collaboration tools'],
    ],
    [
      'Mathematics/Statistics',
      'Sports Analytics and Performance Analysis',
      ['Player performance metrics', 'Statistical modeling of games', 'Team strategy analysis'],
    ],
  ])('never on one phrase the bullets share with the background: "%s" does not assume "%s"', (who, label, bullets) => {
    const r = path({ ...TOPICS, [label]: bullets }, [`For ${who} Backgrounds`]);
    expect(assumedBy(r, `For ${who} Backgrounds`).map((a) => a.topic)).not.toContain(label);
  });

  it.each([
    [['Infrastructure testing with Terratest', 'Container image security scanning', 'Compliance and policy validation automation'], false],
    [['Unit tests with pytest', 'Integration tests and test doubles', 'Debugging failing tests'], true],
  ])('"Automated Testing and Validation" whose bullets are %j is known to software engineers: %s', (bullets, known) => {
    const r = path({ ...TOPICS, 'Automated Testing and Validation': bullets }, ['For Software Engineers Backgrounds']);
    expect(
      assumedBy(r, 'For Software Engineers Backgrounds')
        .map((a) => a.topic)
        .includes('Automated Testing and Validation'),
    ).toBe(known);
  });

  it('a topic whose label names what the background knows and whose bullets agree', () => {
    const bullets = [
      'Relational database design and SQL querying',
      'NoSQL databases for ML applications',
      'Data modeling and schema design',
    ];
    const r = path({ ...TOPICS, 'Database Systems and SQL': bullets }, ['For Data Scientists Backgrounds']);
    expect(assumedBy(r, 'For Data Scientists Backgrounds').map((a) => a.topic)).toContain('Database Systems and SQL');
  });

  it('a beginner assumes nothing, without a notice', () => {
    const r = path(TOPICS, ['For Complete Beginners']);
    expect(assumedBy(r, 'For Complete Beginners')).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === 'pathway-unknown')).toEqual([]);
  });

  it.each(['Software Engineering Career Ladder', 'Specialization Areas and Technical Tracks'])(
    '"%s" under a pathways heading is not a pathway',
    (heading) => {
      const doc = `# Career\n\n## Career Pathways\n- **What you Need to Know**\n  - **${heading}**\n    - junior to senior\n    - staff and principal\n  - **For Software Engineers**\n    - focus on leadership\n`;
      const r = buildGraph(tree({ 'p/05-career.md': doc }), { knowledge });
      const kinds = r.graph.mapNodes((_n, a) => [a.label, a.kind]);
      expect(kinds).not.toContainEqual([heading, 'pathway']);
      expect(kinds).toContainEqual(['For Software Engineers', 'pathway']);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { loadDocs } from '../../../src/node/read-tree';
import { plan } from '../../../src/core/plan/index';
import { buildStats, formatAccounting } from '../../../src/core/summary';
import { build } from '../../helpers';
import { fileURLToPath } from 'node:url';

/** A module document with one study topic ("Linear Models") and one heading under test. */
const moduleWith = (heading: string, bullets: string[], resources: string[] = ['[Book](https://example.org/book) - a textbook']) =>
  [
    '# Module 1',
    '',
    '## Models',
    '- **What you Need to Know**',
    '  - **Linear Models**',
    '    - least squares',
    '    - regularisation',
    `  - **${heading}**`,
    ...bullets.map((b) => `    - ${b}`),
    '    - **Resources:**',
    ...resources.map((r) => `      - ${r}`),
    '',
  ].join('\n');

const kindOf = (r: ReturnType<typeof build>, label: string) =>
  r.graph.getNodeAttributes(r.graph.findNode((_id, a) => a.label === label) as string).kind;

describe('headings that orient the reader are orientation, never topics', () => {
  it.each([
    ['a week of an action plan', 'Week 1: Environment Setup and Exploration', ['install the tools', 'read the docs']],
    ['weeks of an action plan', 'Weeks 2-4: Core Skills Development', ['practise daily']],
    ['a month of an action plan', 'Month 2-3: Advanced Implementation', ['build a project']],
    ['a day plan', 'Day 1 Checklist', ['set up an account']],
    ['career benefits', 'Career Benefits and Market Demand', ['high salaries', 'growing demand']],
    ['a career ladder', 'Software Engineering Career Ladder', ['junior to senior', 'staff engineer']],
    ['communities', 'Communities and Events', ['local meetups']],
    ['certificates to aim for', 'Certification Preparation', ['AWS certificates']],
    ['success metrics', 'Success Metrics and Progress', ['track progress']],
    ['a role overview', 'Role Overview', ['what the job is']],
    ['how the path is structured', 'Five Progressive Modules Overview', ['module 1 covers basics', 'module 2 covers pipelines']],
    ['advice for a reader who lacks something', "If You're Missing Prerequisites", ['practise server administration']],
    ['market demand', 'Market Demand and Salary Outlook', ['demand grows every year', 'salaries by region']],
  ])('%s ("%s")', (_kind, heading, bullets) => {
    const r = build({ 'p/01-module.md': moduleWith(heading, bullets) });
    expect(kindOf(r, heading)).toBe('orientation');
    expect(kindOf(r, 'Linear Models')).toBe('topic');
    expect(plan(r.graph).steps.map((s) => s.label)).toEqual(['Linear Models']);
    expect(buildStats(r).nodes).toMatchObject({ topic: 1, orientation: 1 });
  });

  it('a topic whose bullets describe the course and whose resources are communities', () => {
    const r = build({
      'p/01-module.md': moduleWith(
        'Staying Involved',
        ['the next module builds on this', 'employers look for it'],
        ['[r/learnml](https://www.reddit.com/r/learnml) - a forum', '[Meetup](https://www.meetup.com/ml) - meet people'],
      ),
    });
    expect(kindOf(r, 'Staying Involved')).toBe('orientation');
  });

  it('a heading whose bullets are only links, and a study schedule in weeks; a topic about keeping a schedule stays', () => {
    const links = [
      '# Setup',
      '',
      '## Practice Environment Setup',
      '',
      '### Online Practice Environments',
      '- [Katacoda](https://www.katacoda.com/) - interactive scenarios',
      '- [JSLinux](https://bellard.org/jslinux/) - Linux in a browser',
      '',
      '### Recommended Preparation Schedule',
      '',
      '**Week 1-2: Foundation Building**',
      '- computer basics',
      '',
      '**Week 3-4: Skills**',
      '- networking',
      '',
    ].join('\n');
    const r = build({
      'p/01-module.md': moduleWith('Learning Schedule and Consistency', ['sustainable routines', 'tracking progress']),
      'p/02-setup.md': links,
    });
    expect(kindOf(r, 'Online Practice Environments')).toBe('orientation');
    expect(kindOf(r, 'Recommended Preparation Schedule')).toBe('orientation');
    expect(kindOf(r, 'Learning Schedule and Consistency')).toBe('topic');
  });

  it('a topic under a career section whose bullets describe the course', () => {
    const doc = [
      '# Module 5',
      '',
      '## Models',
      '- **What you Need to Know**',
      '  - **Linear Models**',
      '    - least squares',
      '',
      '## Career Preparation',
      '- **What you Need to Know**',
      '  - **Building a Portfolio**',
      '    - one project from each module of this path',
      '    - a portfolio employers can read in five minutes',
      '',
    ].join('\n');
    const r = build({ 'p/05-module.md': doc });
    expect(kindOf(r, 'Building a Portfolio')).toBe('orientation');
    expect(kindOf(r, 'Linear Models')).toBe('topic');
  });

  it('a topic whose resources are job boards and whose bullets describe the career', () => {
    const r = build({
      'p/01-module.md': moduleWith(
        'Next Steps',
        ['apply for junior jobs', 'what employers ask in interviews'],
        ['[Indeed](https://www.indeed.com/q-data-engineer-jobs.html) - job board', '[Glassdoor](https://www.glassdoor.com/) - salaries'],
      ),
    });
    expect(kindOf(r, 'Next Steps')).toBe('orientation');
  });

  it('every topic of an intro page: it is an overview, not a module', () => {
    const page = '# Introduction\n\n## Tools\n- **What you Need to Know**\n  - **Docker Basics**\n    - images\n';
    expect(kindOf(build({ 'p/intro.md': page }), 'Docker Basics')).toBe('orientation');
  });

  it('one weak signal is not enough: community resources alone keep a topic', () => {
    const r = build({
      'p/01-module.md': moduleWith('Gradient Descent', ['step sizes', 'convergence'], ['[Discuss](https://www.reddit.com/r/ml) - a forum']),
    });
    expect(kindOf(r, 'Gradient Descent')).toBe('topic');
  });

  it('every topic of a getting-started page, unless its front matter says otherwise', () => {
    const page = '# Getting Started\n\n## Tools\n- **What you Need to Know**\n  - **Docker Basics**\n    - images\n';
    expect(kindOf(build({ 'p/getting-started.md': page }), 'Docker Basics')).toBe('orientation');
    expect(kindOf(build({ 'p/getting-started.md': `---\natlas:\n  orientation: false\n---\n${page}` }), 'Docker Basics')).toBe('topic');
    expect(
      kindOf(build({ 'p/01-module.md': `---\natlas:\n  orientation: true\n---\n${moduleWith('Trees', ['splits'])}` }), 'Linear Models'),
    ).toBe('orientation');
  });

  it('build --stats lists what was classed and why', () => {
    const r = build({ 'p/01-module.md': moduleWith('Week 1: Setup', ['install']) });
    expect(formatAccounting(r.accounting)).toContain(
      'p/module#week-1-setup: "Week 1: Setup": "Week 1: Setup" is a time plan (week, month or day N)',
    );
  });
});

describe('trees of other fields keep every real topic', () => {
  it.each(['cybersecurity', 'culinary-arts'])('%s', async (field) => {
    const r = await loadDocs(fileURLToPath(new URL(`../../fixtures/other-fields/${field}`, import.meta.url)));
    expect(r.accounting.orientation).toEqual([]);
  });

  it('human resources, whose subject is hiring, salaries and careers: only its communities orient', async () => {
    const r = await loadDocs(fileURLToPath(new URL('../../fixtures/orientation/human-resources', import.meta.url)));
    expect(r.accounting.orientation.map((o) => o.label)).toEqual(['HR Communities and Events']);
    expect(plan(r.graph).steps.map((s) => s.label)).toEqual([
      'Hiring and Recruitment Processes',
      'Employer Branding',
      'Compensation and Salary Structures',
      'Benefits Administration',
      'Employee Career Development Programs',
      'Performance Management',
    ]);
  });
});

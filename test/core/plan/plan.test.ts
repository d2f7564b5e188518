import { describe, expect, it } from 'vitest';
import { AtlasError } from '../../../src/core/errors';
import { plan } from '../../../src/core/plan';
import { Curriculum, seedLike } from './fixtures';

const labels = (p: { steps: { label: string }[] }) => p.steps.map((s) => s.label);

describe('plan: invalid input', () => {
  it('names the closest titles for an unknown target', () => {
    const { graph } = seedLike();
    expect(() => plan(graph, { targets: ['Calculs'] })).toThrow(AtlasError);
    expect(() => plan(graph, { targets: ['Calculs'] })).toThrow('unknown title "Calculs"; did you mean "Calculus and Optimization"');
  });

  it('lists the backgrounds when the background is unknown', () => {
    const { graph } = seedLike();
    expect(() => plan(graph, { background: 'Physics' })).toThrow(
      'unknown background "Physics"; the backgrounds are "Mathematics/Statistics", "Software Engineering", "Complete Beginners"',
    );
  });

  it('refuses a pathway as a target', () => {
    const { graph } = seedLike();
    expect(() => plan(graph, { targets: ['For Software Engineering Backgrounds'] })).toThrow(/is a pathway/);
  });

  it('refuses a concept or resource id', () => {
    const { graph } = seedLike();
    expect(() => plan(graph, { targets: ['la/c0'] })).toThrow(/is a concept/);
  });

  it.each([
    [{ hours: 0 }, /hours takes a number of hours per week from 1 to 168/],
    [{ hours: Number.NaN }, /hours takes a number of hours per week/],
    [{ tracks: 0 }, /tracks takes a whole number/],
    [{ tracks: 1.5 }, /tracks takes a whole number/],
    [{ minConfidence: 2 }, /minConfidence takes a confidence from 0 to 1/],
  ])('rejects %o', (options, message) => {
    expect(() => plan(seedLike().graph, options)).toThrow(message);
  });

  it('terminates on a prerequisite cycle, breaks it at the inferred edge before the surer ones and says so, as information', () => {
    const { graph } = new Curriculum()
      .topic('a', 'Alpha')
      .topic('b', 'Beta')
      .topic('c', 'Gamma')
      .requires('a', 'b')
      .requires('b', 'c', { confidence: 0.9, origin: 'curated' })
      .requires('c', 'a', { origin: 'inferred', confidence: 0.6 });
    const p = plan(graph, { targets: ['Gamma'] });
    expect(labels(p)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(p.diagnostics).toHaveLength(1);
    expect(p.diagnostics[0]).toMatchObject({ level: 'info', code: 'cycle', file: 'doc.md' });
    expect(p.diagnostics[0]?.message).toBe(
      'prerequisite cycle: Alpha → Beta (explicit 1, doc.md:5); Beta → Gamma (curated 0.9, doc.md:5); Gamma → Alpha (inferred 0.6, doc.md:5); planning ignores that Gamma comes before Alpha',
    );
  });

  it('breaks a self-requirement and a two-topic cycle between equally sure edges at the backward one', () => {
    const { graph } = new Curriculum().topic('a', 'Alpha').topic('b', 'Beta').requires('a', 'a').requires('a', 'b').requires('b', 'a');
    const p = plan(graph, {});
    expect(labels(p)).toEqual(['Alpha', 'Beta']);
    expect(p.diagnostics.map((d) => d.message)).toEqual([
      'prerequisite cycle: Alpha → Alpha (explicit 1, doc.md:4); planning ignores that Alpha comes before Alpha',
      'prerequisite cycle: Alpha → Beta (explicit 1, doc.md:4); Beta → Alpha (explicit 1, doc.md:4); planning ignores that Beta comes before Alpha',
    ]);
  });

  it('gives up a tangle of 120 topics that all require each other in one pass, with one diagnostic', () => {
    const c = new Curriculum();
    for (let i = 0; i < 120; i++) c.topic(`t${i}`, `T${i}`);
    for (let i = 0; i < 120; i++) for (let j = 0; j < 120; j++) if (i !== j) c.requires(`t${i}`, `t${j}`);
    const started = performance.now();
    const p = plan(c.graph, {});
    // One cycle at a time took 36 s here: a round per cycle, thousands of cycles.
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(labels(p)).toEqual(Array.from({ length: 120 }, (_, i) => `T${i}`));
    expect(p.diagnostics).toEqual([
      expect.objectContaining({
        level: 'error',
        code: 'cycle',
        message:
          'prerequisite tangle: 120 steps (T0, T1, T2, T3, T4, T5, …) require each other in many cycles; planning ignores the 7140 requirements among them that point backwards in document order',
      }),
    ]);
  });

  it('says which node a title shared by a topic and a path named, and how to name the other', () => {
    // The corpus's intro.md has a topic "MLOps Engineering" (a paragraph about the path) and the
    // path itself has the same title: planning for it silently gave one four-hour step.
    const { graph } = new Curriculum()
      .doc('intro', 'Welcome')
      .topic('intro#mlops', 'MLOps Engineering')
      .path('mlops/', 'MLOps Engineering')
      .doc('mlops/basics', 'Basics', { path: 'mlops/' })
      .topic('b1', 'Containers')
      .topic('b2', 'Pipelines');
    const p = plan(graph, { targets: ['mlops engineering'] });
    expect(labels(p)).toEqual(['MLOps Engineering']);
    expect(p.diagnostics).toEqual([
      {
        file: 'intro.md',
        line: 2,
        level: 'info',
        code: 'ambiguous-title',
        message:
          'target "mlops engineering" is the topic "MLOps Engineering" (intro#mlops); the path "mlops/" has the same title: name it by its id to mean it instead',
      },
    ]);
    expect(labels(plan(graph, { targets: ['mlops/'] }))).toEqual(['Containers', 'Pipelines']);
    expect(plan(graph, { targets: ['mlops/'] }).diagnostics).toEqual([]);
  });

  it('does not call a title shared with a pathway ambiguous: a pathway is never a target', () => {
    const { graph } = new Curriculum()
      .path('se/', 'Software Engineering')
      .doc('se/intro', 'Intro', { path: 'se/' })
      .topic('a', 'Alpha')
      .pathway('bg-se', 'Software Engineering', []);
    const p = plan(graph, { targets: ['Software Engineering'] });
    expect(labels(p)).toEqual(['Alpha']);
    expect(p.diagnostics).toEqual([]);
  });

  it('warns about a target section with no topics', () => {
    const { graph } = new Curriculum().section('empty', 'Empty Section').section('s', 'Full').topic('a', 'Alpha');
    const p = plan(graph, { targets: ['Empty Section'] });
    expect(p.steps).toEqual([]);
    expect(p.diagnostics).toMatchObject([{ level: 'warning', code: 'empty-target', message: 'target "Empty Section" contains no topics' }]);
  });
});

describe('plan: the happy path', () => {
  it('orders, schedules and explains the way to Deep Learning Frameworks', () => {
    const p = plan(seedLike().graph, { targets: ['deep learning frameworks'] });
    expect(p.background).toBeNull();
    expect(p.targets).toEqual([{ id: 'dlf', label: 'Deep Learning Frameworks' }]);
    expect(p.known).toEqual([]);
    expect(p.steps.map(({ id, section, week, track, hours, why }) => [id, section, week, track, hours, why])).toEqual([
      ['la', 'Mathematics', 1, 1, 5.5, 'needed for Deep Learning Frameworks via Calculus and Optimization → Neural Networks'],
      ['calc', 'Mathematics', 1, 1, 11, 'needed for Deep Learning Frameworks via Neural Networks'],
      ['prob', 'Mathematics', 2, 1, 2, 'needed for Deep Learning Frameworks via Neural Networks'],
      ['py', 'Programming', 2, 1, 30, 'needed for Deep Learning Frameworks'],
      ['nn', 'Core', 5, 1, 25, 'needed for Deep Learning Frameworks'],
      ['dlf', 'Core', 8, 1, 25, 'goal'],
    ]);
    expect(p.totalHours).toBe(98.5);
    expect(p.weeks).toBe(10);
    expect(p.diagnostics).toEqual([]);
    expect(p.steps.map((s) => [s.id, s.effort])).toEqual([
      ['la', { hours: 5.5, basis: '2 h base + 2 concepts, 2 articles (1 h for the largest, 0.5 h for each other)' }],
      ['calc', { hours: 11, basis: '2 h base + 1 concept, 1 course (8 h for the largest)' }],
      ['prob', { hours: 2, basis: '2 h base + 0 concepts' }],
      ['py', { hours: 30, basis: '3 weeks written for this topic, at 10 h a week' }],
      [
        'nn',
        {
          hours: 25,
          basis: "its module's 5 weeks at 10 h a week, spread over the module's topics by their material (this one: 0 concepts)",
        },
      ],
      [
        'dlf',
        {
          hours: 25,
          basis: "its module's 5 weeks at 10 h a week, spread over the module's topics by their material (this one: 0 concepts)",
        },
      ],
    ]);
  });

  it("spreads a module's weeks over its topics by their material, not evenly", () => {
    const c = new Curriculum()
      .doc('m', 'Module', { weeks: { min: 2, max: 2 } })
      .topic('big', 'Big', { concepts: ['a', 'b', 'c', 'd', 'e', 'f'] })
      .topic('small', 'Small');
    const hours = Object.fromEntries(plan(c.graph).steps.map((s) => [s.id, s.hours]));
    expect(hours.big).toBeGreaterThan(hours.small as number);
    expect((hours.big as number) + (hours.small as number)).toBe(20);
  });

  it('phrases each material by its own counts, however many resources of a kind a topic cites', () => {
    const c = new Curriculum();
    // Seven and eight articles, and eight articles beside a book: the counts a small key holds, and past them.
    const articles = { seven: 7, eight: 8, bookish: 8, again: 7 } as const;
    for (const [id, n] of Object.entries(articles)) {
      c.topic(id, id);
      for (let i = 0; i < n; i++) c.resource(id, `${id} ${i}`, `https://example.org/${id}/${i}`);
    }
    c.resource('bookish', 'A handbook', 'https://example.org/handbook');
    // Eight of the last kind would carry into the kind before it: one documentation page.
    c.topic('docs', 'docs').resource('docs', 'API reference', 'https://example.org/api');
    expect(Object.fromEntries(plan(c.graph).steps.map((s) => [s.id, s.effort]))).toEqual({
      seven: { hours: 6, basis: '2 h base + 0 concepts, 7 articles (1 h for the largest, 0.5 h for each other)' },
      eight: { hours: 6.5, basis: '2 h base + 0 concepts, 8 articles (1 h for the largest, 0.5 h for each other)' },
      bookish: { hours: 16, basis: '2 h base + 0 concepts, 1 book, 8 articles (10 h for the largest, 0.5 h for each other)' },
      again: { hours: 6, basis: '2 h base + 0 concepts, 7 articles (1 h for the largest, 0.5 h for each other)' },
      docs: { hours: 4, basis: '2 h base + 0 concepts, 1 documentation page (2 h for the largest)' },
    });
  });

  it('shortens a long chain to its first topics and the last', () => {
    const c = new Curriculum();
    const names = ['A', 'B', 'C', 'D', 'E', 'F'];
    for (const n of names) c.topic(n, `Topic ${n}`);
    for (let i = 1; i < names.length; i++) c.requires(names[i - 1] as string, names[i] as string);
    expect(plan(c.graph, { targets: ['F'] }).steps.map((s) => s.why)).toEqual([
      'needed for Topic F via Topic B → Topic C → … → Topic E',
      'needed for Topic F via Topic C → Topic D → Topic E',
      'needed for Topic F via Topic D → Topic E',
      'needed for Topic F via Topic E',
      'needed for Topic F',
      'goal',
    ]);
  });

  it('lists only safe resource links', () => {
    const p = plan(seedLike().graph, { targets: ['Linear Algebra Fundamentals'] });
    expect(p.steps[0]?.resources).toEqual([{ label: '3Blue1Brown', url: 'https://www.3blue1brown.com/topics/linear-algebra' }]);
  });

  it.each([
    [
      'software engineering',
      'Software Engineering',
      ['py', 'ds'],
      [
        'Linear Algebra Fundamentals',
        'Calculus and Optimization',
        'Probability and Statistics',
        'Neural Networks',
        'Deep Learning Frameworks',
      ],
    ],
    [
      'mathematics',
      'Mathematics/Statistics',
      ['la', 'calc', 'prob'],
      ['Python Programming', 'Neural Networks', 'Deep Learning Frameworks'],
    ],
    [
      'beginner',
      'Complete Beginners',
      [],
      [
        'Linear Algebra Fundamentals',
        'Calculus and Optimization',
        'Probability and Statistics',
        'Python Programming',
        'Neural Networks',
        'Deep Learning Frameworks',
      ],
    ],
    [
      'FOR SOFTWARE ENGINEERING BACKGROUNDS',
      'Software Engineering',
      ['py', 'ds'],
      [
        'Linear Algebra Fundamentals',
        'Calculus and Optimization',
        'Probability and Statistics',
        'Neural Networks',
        'Deep Learning Frameworks',
      ],
    ],
  ])('a "%s" background knows what its pathway assumes', (background, label, known, steps) => {
    const p = plan(seedLike().graph, { background, targets: ['Deep Learning Frameworks'] });
    expect(p.background).toBe(label);
    expect(p.known.map((k) => k.id)).toEqual(known);
    expect(labels(p)).toEqual(steps);
  });

  it('does not walk past a known topic: its prerequisites are not needed', () => {
    const p = plan(seedLike().graph, { known: ['Calculus and Optimization'], targets: ['Neural Networks'] });
    expect(labels(p)).toEqual(['Probability and Statistics', 'Neural Networks']);
  });

  it('leaves out done topics and says when a target is already done', () => {
    const p = plan(seedLike().graph, {
      done: ['la', 'Calculus and Optimization'],
      targets: ['Calculus and Optimization', 'Neural Networks'],
    });
    expect(labels(p)).toEqual(['Probability and Statistics', 'Neural Networks']);
    expect(p.diagnostics).toMatchObject([
      { level: 'info', code: 'target-done', message: 'target "Calculus and Optimization" is already done; it is not in the plan' },
    ]);
  });

  it('takes a section, a document or a path as all the topics it contains, milestone last', () => {
    const { graph } = seedLike();
    expect(labels(plan(graph, { targets: ['Mathematics'] }))).toEqual([
      'Linear Algebra Fundamentals',
      'Calculus and Optimization',
      'Probability and Statistics',
    ]);
    expect(plan(graph, { targets: ['Prerequisites'] }).steps.map((s) => s.id)).toEqual(['la', 'calc', 'prob', 'py', 'ds', 'check']);
    expect(plan(graph, { targets: ['Prerequisites'] }).targets).toEqual([{ id: 'pre', label: 'Prerequisites' }]);
  });

  it('places a milestone after the topics of its document even when it comes first in the document', () => {
    const { graph } = new Curriculum().milestone('m', 'Entry Quiz').topic('a', 'Alpha').topic('b', 'Beta');
    expect(labels(plan(graph, {}))).toEqual(['Alpha', 'Beta', 'Entry Quiz']);
  });

  it('plans every topic when there is no target', () => {
    const p = plan(seedLike().graph, { background: 'Software Engineering' });
    expect(p.targets).toEqual([]);
    expect(p.steps.map((s) => s.id)).toEqual(['la', 'calc', 'prob', 'check', 'nn', 'dlf']);
    expect(p.steps.find((s) => s.id === 'la')?.why).toBe('needed for Calculus and Optimization');
    expect(p.steps.find((s) => s.id === 'dlf')?.why).toBe('part of the goal the whole curriculum');
    expect(p.steps.some((s) => s.why === 'goal')).toBe(false);
  });

  it('says "goal" only for a named target; a whole-path goal names the later steps that need each step', () => {
    const g = seedLike().graph;
    const doc = (g.getNodeAttributes('dlf') as { doc: string }).doc;
    const p = plan(g, { targets: [doc] });
    expect(p.steps.some((s) => s.why === 'goal')).toBe(false);
    expect(p.steps.find((s) => s.id === 'la')?.why).toMatch(/^needed for /);
    expect(plan(g, { targets: ['dlf'] }).steps.find((s) => s.id === 'dlf')?.why).toBe('goal');
  });

  it.each([
    ['ignores an unsure inferred prerequisite', { origin: 'inferred' as const, confidence: 0.3 }, {}, ['Beta']],
    [
      'keeps an inferred prerequisite above minConfidence',
      { origin: 'inferred' as const, confidence: 0.3 },
      { minConfidence: 0.2 },
      ['Alpha', 'Beta'],
    ],
    ['never ignores an explicit prerequisite', { origin: 'explicit' as const, confidence: 0.1 }, { minConfidence: 0.9 }, ['Alpha', 'Beta']],
    ['never ignores a structural prerequisite', { origin: 'structural' as const, confidence: 0.1 }, {}, ['Alpha', 'Beta']],
  ])('%s', (_name, edge, options, steps) => {
    const { graph } = new Curriculum().topic('a', 'Alpha').topic('b', 'Beta').requires('a', 'b', edge);
    expect(labels(plan(graph, { targets: ['Beta'], ...options }))).toEqual(steps);
  });

  it('keeps a section together where the prerequisites allow', () => {
    const { graph } = new Curriculum()
      .section('s1', 'One')
      .topic('a', 'A1')
      .topic('b', 'A2')
      .topic('c', 'A3')
      .section('s2', 'Two')
      .topic('d', 'B1')
      .topic('e', 'B2')
      .requires('d', 'b');
    // Document order would be A1, A3, B1, A2, B2: B1 unlocks A2 but B2 stays with its section.
    expect(labels(plan(graph, {}))).toEqual(['A1', 'A3', 'B1', 'B2', 'A2']);
  });

  it('studies independent topics in parallel on two tracks', () => {
    const p = plan(seedLike().graph, { targets: ['Deep Learning Frameworks'], tracks: 2 });
    expect(p.steps.map((s) => [s.id, s.week, s.track])).toEqual([
      ['la', 1, 1],
      ['prob', 1, 2],
      ['py', 1, 2],
      ['calc', 2, 1],
      ['nn', 4, 1],
      ['dlf', 9, 1],
    ]);
    // The week's 10 hours are shared: each track studies 5 a week.
    expect(p.weeks).toBe(14);
    expect(p.totalHours).toBe(98.5);
  });

  it('counts weeks at the given pace', () => {
    const p = plan(seedLike().graph, { targets: ['Deep Learning Frameworks'], hours: 20 });
    expect(p.steps.map((s) => s.week)).toEqual([1, 1, 1, 1, 3, 4]);
    expect(p.weeks).toBe(5);
  });

  describe('a document that requires another: all of it before any of this', () => {
    const withModules = () => seedLike().requires('pre', 'dl', { origin: 'structural', confidence: 0.75 });

    it('puts the whole required document first, milestone included, and says why', () => {
      const p = plan(withModules().graph, { targets: ['Neural Networks'] });
      expect(labels(p)).toEqual([
        'Linear Algebra Fundamentals',
        'Calculus and Optimization',
        'Probability and Statistics',
        'Python Programming',
        'Data Structures and Algorithms',
        'Prerequisites Checkpoint',
        'Neural Networks',
      ]);
      expect(p.steps.find((s) => s.id === 'py')?.why).toBe('needed for Neural Networks via Prerequisites');
      expect(p.steps.find((s) => s.id === 'la')?.why).toBe('needed for Neural Networks via Calculus and Optimization');
    });

    it('leaves out what is known of the required document', () => {
      expect(labels(plan(withModules().graph, { known: ['Mathematics', 'Programming'], targets: ['Neural Networks'] }))).toEqual([
        'Prerequisites Checkpoint',
        'Neural Networks',
      ]);
    });

    it('reports a cycle between two documents, plans each topic once, and leaves out what only the ignored edge needed', () => {
      const p = plan(withModules().requires('dl', 'pre', { origin: 'structural', confidence: 0.6 }).graph, {
        targets: ['Neural Networks'],
      });
      // Deep Learning Frameworks was needed for the prerequisites only through "all of Deep Learning first": given up, it would come after its goal.
      expect(new Set(p.steps.map((s) => s.id))).toEqual(new Set(['la', 'calc', 'prob', 'py', 'ds', 'check', 'nn']));
      expect(p.steps).toHaveLength(7);
      expect(p.diagnostics).toContainEqual(
        expect.objectContaining({
          code: 'cycle',
          level: 'warning',
          message: expect.stringContaining('planning ignores that Deep Learning comes before'),
        }),
      );
    });
  });

  it('sees changes to the graph between two plans', () => {
    const c = seedLike();
    expect(labels(plan(c.graph, { targets: ['Python Programming'] }))).toEqual(['Python Programming']);
    c.topic('git', 'Version Control', { section: 'prog' }).requires('git', 'py');
    c.graph.setNodeAttribute('py', 'label', 'Python 3');
    expect(labels(plan(c.graph, { targets: ['Python 3'] }))).toEqual(['Version Control', 'Python 3']);
    c.graph.dropEdge(c.graph.edges().at(-1) as string);
    expect(labels(plan(c.graph, { targets: ['Python 3'] }))).toEqual(['Python 3']);
  });

  it('gives the same plan for the same input', () => {
    const options = { background: 'Software Engineering', targets: ['Deep Learning Frameworks', 'Prerequisites'], tracks: 2 };
    expect(plan(seedLike().graph, options)).toEqual(plan(seedLike().graph, options));
  });
});

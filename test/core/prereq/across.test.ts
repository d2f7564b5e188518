import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/build';
import { plan } from '../../../src/core/plan/index';
import { readKnowledge } from '../../../src/node/read-tree';
import { tree } from '../../helpers';

const knowledge = await readKnowledge();
const topic = (name: string, ...bullets: string[]) => [`  - **${name}**`, ...bullets.map((b) => `    - ${b}`)].join('\n');
const doc = (title: string, ...topics: string[]) => `# ${title}\n\n## Area\n- **What you Need to Know**\n${topics.join('\n')}\n`;

const files = tree({
  'ops/_category_.json': '{"label": "MLOps", "position": 1}',
  'ops/00-prerequisites.md': doc(
    'Prerequisites for MLOps',
    topic('ML Concepts and Algorithms', 'supervised learning'),
    topic('Cloud Platform Fundamentals', 'regions'),
  ),
  'ops/01-pipelines.md': doc('Pipelines', topic('Pipeline Orchestration', 'DAGs')),
  'ml/_category_.json': '{"label": "Machine Learning", "position": 2}',
  'ml/00-prerequisites.md': doc('Prerequisites for ML', topic('Linear Algebra', 'vectors')),
  'ml/01-ml-fundamentals.md': doc(
    'ML Fundamentals',
    topic('Supervised Learning', 'regression'),
    topic('Model Evaluation', 'cross-validation'),
  ),
});

describe('a prerequisites document that names what another path teaches', () => {
  const { graph } = buildGraph(files, { knowledge });

  it('needs the module of the other path named for that subject, and says where it is covered', () => {
    const edge = graph.findEdge('ml/ml-fundamentals', 'ops/prerequisites#ml-concepts-and-algorithms', (_e, a) => a.kind === 'requires');
    expect(edge).toBeDefined();
    expect(graph.getEdgeAttributes(edge as string)).toMatchObject({
      origin: 'inferred',
      evidence: expect.stringMatching(/^covered in Machine Learning: the module "ML Fundamentals" teaches Machine Learning Fundamentals/),
    });
  });

  it('the plan pulls the other path in before the topic that needs it, and leaves it out when known', () => {
    const steps = plan(graph, { targets: ['ops/'] }).steps.map((s) => s.label);
    expect(steps.indexOf('Supervised Learning')).toBeGreaterThanOrEqual(0);
    expect(steps.indexOf('Supervised Learning')).toBeLessThan(steps.indexOf('ML Concepts and Algorithms'));
    expect(plan(graph, { targets: ['ops/'], known: ['ML Fundamentals'] }).steps.map((s) => s.label)).not.toContain('Supervised Learning');
  });

  it('without the knowledge base, no path reaches into another', () => {
    const bare = buildGraph(files).graph;
    expect(bare.filterEdges((_e, a) => a.kind === 'requires' && a.evidence.startsWith('covered in'))).toEqual([]);
  });
});

// A docs folder written for the tests: a topic whose document holds a `javascript:` link, both as
// a resource and inside a concept, next to a safe one.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const FIXTURE_TOPIC = 'hostile/links#topic-with-links';

export function writeHostileDocs(dir: string): string {
  mkdirSync(join(dir, 'hostile'), { recursive: true });
  writeFileSync(join(dir, 'hostile', '_category_.json'), JSON.stringify({ label: 'Hostile Links', position: 1 }));
  writeFileSync(
    join(dir, 'hostile', 'links.md'),
    [
      '# Links',
      '',
      '## Basics',
      '- **What you Need to Know**',
      '  - **Topic With Links**',
      '    - read [this trick](javascript:alert(1)) first',
      '    - **Resources:**',
      '      - [Evil Resource](javascript:alert(document.domain)) - runs script',
      '      - [Good Resource](https://example.com/good) - a real page',
      '  - **Second Topic**',
      '    - builds on the first',
      '',
    ].join('\n'),
  );
  // The reliability suite's documents full of unsafe links and raw HTML, drawn beside it.
  for (const name of ['unsafe-links.md', 'raw-html.md'])
    copyFileSync(fileURLToPath(new URL(`../fixtures/hostile/mixed/docs/path/${name}`, import.meta.url)), join(dir, 'hostile', name));
  return dir;
}

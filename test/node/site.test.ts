// `atlas site`'s page: the data parts it names, and the sub-path it is served from.
import { describe, expect, it } from 'vitest';
import { describeSite, normalizeBase, sitePage } from '../../src/node/site';
import { SITE_PARTS } from '../../src/vite/atlas-data';

const SHELL = `<link rel="icon" href="./favicon.svg"><script type="module" crossorigin src="./assets/index-x.js"></script>
<link rel="preload" href="${SITE_PARTS.map}" as="fetch" crossorigin="anonymous" data-atlas-part="map">`;

describe('atlas site', () => {
  it('says what it wrote by part, not 250 file names', () => {
    const chunks = Array.from({ length: 252 }, (_, i) => `assets/atlas-details-${i}.json`);
    expect(describeSite(['index.html', ...chunks, 'assets/atlas-search-1.json', 'assets/atlas-data-2.json'])).toBe(
      "index.html, the map part, 252 chunks of concepts and resources, the search part and the page's assets",
    );
    expect(describeSite(['index.html', 'assets/atlas-details-1.json', 'assets/atlas-data-2.json'])).toBe(
      "index.html, the map part, 1 chunk of concepts and resources and the page's assets",
    );
  });

  it.each([
    ['https://evil.example/', /--base takes a path/],
    ['sub/path', /--base takes a path/],
    ['/a/../b/', /--base takes a path/],
    ['/a"><script>/', /--base takes a path/],
  ])('refuses --base %s', (base, message) => {
    expect(() => normalizeBase(base)).toThrow(message);
  });

  it.each([
    ['/', '/'],
    ['/sub/path', '/sub/path/'],
    ['//sub//path//', '/sub/path/'],
  ])('reads --base %s as %s', (base, prefix) => {
    expect(normalizeBase(base)).toBe(prefix);
  });

  it('names the written map part, and keeps every URL relative without a base', () => {
    const page = sitePage(SHELL, { map: 'atlas-data-1.json' });
    expect(page).toContain('href="./assets/atlas-data-1.json" as="fetch" crossorigin="anonymous" data-atlas-part="map"');
    expect(page).toContain('src="./assets/index-x.js"');
  });

  it('makes every URL absolute under the base', () => {
    const page = sitePage(SHELL, { map: 'atlas-data-1.json' }, '/sub/path/');
    expect(page.match(/(?:src|href)="[^"]*"/g)).toEqual([
      'href="/sub/path/favicon.svg"',
      'src="/sub/path/assets/index-x.js"',
      'href="/sub/path/assets/atlas-data-1.json"',
    ]);
  });
});

// A folder chosen in the page to the core's input files: paths relative to the folder, only
// documents and category files, too-large files passed by size.
import { describe, expect, it } from 'vitest';
import { fromInput, isWanted, readPicked } from '../../../src/app/open-folder/read-folder';

const file = (relative: string, text = 'x'): File =>
  Object.defineProperty(new File([text], relative.split('/').pop() as string), 'webkitRelativePath', { value: relative });

describe('fromInput', () => {
  it('strips the folder name and keeps documents and category files only', () => {
    const folder = fromInput([
      file('my-docs/a/intro.md'),
      file('my-docs/a/_category_.json'),
      file('my-docs/b.mdx'),
      file('my-docs/notes.txt'),
      file('my-docs/.git/x.md'),
      file('my-docs/node_modules/p/readme.md'),
    ]);
    expect(folder.name).toBe('my-docs');
    expect(folder.files.map((f) => f.path)).toEqual(['a/intro.md', 'a/_category_.json', 'b.mdx']);
  });

  it('names the dataset docs when the browser gave no relative paths', () => {
    expect(fromInput([new File(['x'], 'only.md')])).toMatchObject({ name: 'docs', files: [{ path: 'only.md' }] });
  });
});

it('isWanted: category files by exact name', () => {
  expect(isWanted('a/_category_.json')).toBe(true);
  expect(isWanted('a/category.json')).toBe(false);
});

it('readPicked reads bytes and reports progress', async () => {
  const seen: number[] = [];
  const files = await readPicked(fromInput([file('d/a.md', '# A'), file('d/b.md', '# B')]).files, (n) => seen.push(n));
  expect(files.map((f) => [f.path, new TextDecoder().decode(f.bytes)])).toEqual([
    ['a.md', '# A'],
    ['b.md', '# B'],
  ]);
  expect(seen).toEqual([1, 2]);
});

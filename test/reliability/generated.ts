// Hostile inputs that cannot be committed: too big for the repository, or names and permissions
// that git or some file systems cannot hold. Each writes into a docs tree copied to a temp folder.
import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const good = (title: string) => `# ${title}\n\n## Basics\n- **What you Need to Know**\n  - **${title} Topic**\n    - a concept\n`;

/** Extra files for a fixture folder (its docs tree is `docs` inside `root`), by the folder's name. */
export const GENERATED = {
  async mixed(root) {
    const dir = join(root, 'docs', 'path');
    // 10,000 levels on one line ("- - - … x"), and 200 levels by indentation, line after line.
    const indented = Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    await writeFile(join(dir, 'deep-list.md'), `# Deep List\n\n## Nesting\n${'- '.repeat(10_000)}bottom\n\n${indented}\n`);
    await writeFile(join(dir, 'deep-quote.md'), `# Deep Quote\n\n${'> '.repeat(10_000)}bottom\n`);
    await writeFile(join(dir, 'huge.md'), `# Huge\n\n${'- a concept line that repeats\n'.repeat((50 * 1024 * 1024) / 30)}`);
    await writeFile(join(dir, 'long-line.md'), `# Long Line\n\n${'x'.repeat(100_000)}\n`);
  },
  // 200,000 front-matter keys (3.4 MB, under the file limit): 780 s in the YAML parser's duplicate check.
  async 'many-keys'(root) {
    const dir = join(root, 'docs', 'p');
    await mkdir(dir, { recursive: true });
    const keys = Array.from({ length: 200_000 }, (_, i) => `k${i}: v`).join('\n');
    await writeFile(join(dir, 'keys.md'), `---\n${keys}\n---\n${good('Keys')}`);
    await writeFile(join(dir, 'good.md'), good('Good Keys Neighbour'));
  },
  // Folders differing only by letter case, which a case-insensitive checkout cannot hold.
  async 'case-collision'(root) {
    for (const folder of ['Intro', 'intro']) {
      await mkdir(join(root, 'docs', folder), { recursive: true });
      await writeFile(join(root, 'docs', folder, 'good.md'), good(`Good ${folder}`));
    }
  },
  // A file name that tries to forge a diagnostic line, symbolic links in and out, and (unless
  // running as root, whom chmod does not stop) an unreadable file and folder.
  async 'hostile-names'(root) {
    const dir = join(root, 'docs', 'p');
    await mkdir(join(dir, 'locked-folder'), { recursive: true });
    await writeFile(join(dir, 'good.md'), good('Good Named'));
    await writeFile(join(dir, 'evil\nforged.md'), '# Evil Doc\n\n[x](./missing.md)\n');
    await writeFile(join(root, 'outside.md'), good('Outside'));
    await symlink(join(root, 'outside.md'), join(dir, 'link-out.md'));
    await symlink(join(dir, 'good.md'), join(dir, 'link-in.md'));
    await writeFile(join(dir, 'locked.md'), good('Locked'));
    await writeFile(join(dir, 'locked-folder', 'inner.md'), good('Inner'));
    await chmod(join(dir, 'locked.md'), 0o000);
    await chmod(join(dir, 'locked-folder'), 0o000);
  },
} satisfies Record<string, (root: string) => Promise<void>>;

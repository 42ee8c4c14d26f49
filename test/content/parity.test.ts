import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { canon } from '../../src/markdown/canon';
import { parityProblems, scanProse } from '../../src/markdown/parity';
import { localeIds } from '../../src/i18n/locales';

// Every language teaches the same facts and cites the same works: content/canon.yaml lists
// them per page, each prose file marks them ({fact:id}) and cites them ([@key]).
const pages = canon();
const slugs = Object.keys(pages);
const read = (locale: string, slug: string) => parseFrontmatter(readFileSync(`content/${locale}/${slug}.md`, 'utf8'));

describe('content parity', () => {
  it('a prose file exists in every language exactly for the pages of content/canon.yaml', () => {
    const missing = localeIds.flatMap((l) =>
      slugs.filter((s) => !existsSync(`content/${l}/${s}.md`)).map((s) => `content/${l}/${s}.md`),
    );
    expect(missing).toEqual([]);
    const extra = localeIds.flatMap((l) =>
      readdirSync(`content/${l}`)
        .filter((f) => f.endsWith('.md') && !slugs.includes(f.slice(0, -3)))
        .map((f) => `content/${l}/${f}`),
    );
    expect(extra).toEqual([]);
    const dirs = readdirSync('content', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(dirs.sort()).toEqual([...localeIds].sort());
  });

  for (const slug of slugs)
    it(`${slug}: every language marks each canonical fact and cites exactly the canonical refs`, () => {
      const page = pages[slug];
      if (!page) throw new Error(slug);
      const problems = localeIds.flatMap((l) => parityProblems(read(l, slug).content, page, `content/${l}/${slug}.md`));
      expect(problems).toEqual([]);
    });

  it('frontmatter carries no fact marker and no citation (only the body is checked and rendered with them)', () => {
    const found = localeIds.flatMap((l) =>
      slugs.flatMap((s) => {
        const { rawFrontmatter } = read(l, s);
        const { facts, keys, malformed } = scanProse(rawFrontmatter);
        return facts.length + keys.length + malformed.length > 0 ? [`content/${l}/${s}.md`] : [];
      }),
    );
    expect(found).toEqual([]);
  });
});

import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { loadSite } from './site';

// html-validate's recommended and document rules, as errors, on every built page. Four rules
// are adjusted, each for a stated reason:
const validator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:recommended', 'html-validate:document'],
    rules: {
      // KaTeX and Shiki position glyphs with style="" attributes at build time (CSP allows
      // inline styles, never inline scripts).
      'no-inline-style': 'off',
      // The explorer's <form> groups live controls; it is never submitted (submit is prevented).
      'wcag/h32': 'off',
      // Subresource integrity guards files from other origins (CDNs); every script and
      // stylesheet here is a same-origin, content-hashed file, and the CSP admits no other origin.
      'require-sri': 'off',
      // Long, descriptive titles are the content's choice; reported, not failed.
      'long-title': 'warn',
    },
  }),
);

describe('html-validate on the build in dist/', () => {
  const site = loadSite();
  const pages = [...site.pages.values()];

  it(`validates all ${pages.length} pages with zero errors`, async () => {
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.path);
      for (const result of report.results)
        for (const m of result.messages) if (m.severity === 2) errors.push(`${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(errors).toEqual([]);
  });
});

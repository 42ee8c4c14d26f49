import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { langs } from './pages';

// One page of each type in each language; zero violations of WCAG 2.x A/AA rules.
const types = ['/', ...langs.flatMap((l) => [`/${l}/`, `/${l}/gelu/`, `/${l}/relu/`, `/${l}/compare/`])];

for (const path of types) {
  test(`axe reports no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

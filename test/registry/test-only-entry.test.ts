// Source of truth: the registry entry in ./test-entry.ts, added to the site's list by mocking
// src/lib/math/entries/index.ts (both of its lists) and nothing else. The explorer and the PyTorch example are
// rendered with Astro's container API exactly as a page renders them.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { hardTanh } from './test-entry';

vi.mock('../../src/lib/math/entries/index.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/lib/math/entries/index.ts')>();
  const { hardTanh: extra } = await import('./test-entry');
  return { entries: [...original.entries, extra], curves: [...original.curves, extra] };
});

const id = hardTanh.id;
/** A component as the container renders it (type-aware lint cannot see into .astro modules). */
type Component = Parameters<AstroContainer['renderToString']>[0];
// Imported by a computed path: tsc has no types for .astro modules (astro check does).
const load = async (name: string) =>
  ((await import(/* @vite-ignore */ `../../src/components/${name}.astro`)) as { default: Component }).default;
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('a registry entry that exists only in this test', () => {
  it('Explorer.astro draws its curve, legend, readout row and its own slider with the registry range', async () => {
    const Explorer = await load('Explorer');
    const html = await container.renderToString(Explorer, { props: { locale: 'en', page: id }, locals: {} });
    expect(html).toContain(`data-page="${id}"`);
    expect(html).toMatch(new RegExp(`<path[^>]*data-series="${id}"[^>]*d="M[^"]+"`));
    expect(html).toContain(`data-legend="${id}"`);
    expect(html).toContain(`data-row="${id}"`);
    expect(html).toMatch(
      /<input[^>]*type="range"[^>]*data-ctl="limit"[^>]*min="0.5"[^>]*max="3"[^>]*step="0.5"[^>]*value="1"/,
    );
    expect(html).toContain('λ = 1.0');
  });

  it('TorchExample.astro prints the module with PyTorch’s argument names and a computed output', async () => {
    const TorchExample = await load('TorchExample');
    const html = await container.renderToString(TorchExample, { props: { locale: 'en', id }, locals: {} });
    expect(html).toContain('Hardtanh');
    // hardtanh([-3, -1, 0, 1, 3]) = [-1, -1, 0, 1, 1]: the reference kernel, correctly rounded.
    expect(html).toContain('Output: tensor([-1., -1.,  0.,  1.,  1.])');
    expect(html).toContain('data-torch-defaults="{&quot;limit&quot;:1}"');
  });

  it('the URL state, the console and the colour tokens follow it with no other code change', async () => {
    const { parseView, serializeView, viewKeys } = await import('../../src/lib/state/view');
    const { consoleRun } = await import('../../src/components/console/run');
    const { colorTokensCss } = await import('../../src/lib/plot/series');
    expect(viewKeys(id)).toContain('limit');
    expect(parseView('limit=9', id).params).toEqual({ limit: 3 });
    expect(serializeView({ params: { limit: 2 } }, id, { params: { limit: 1 } })).toBe('limit=2');
    const run = consoleRun('-3.0, 0.5, 3.0', { id, params: { limit: 2 } }, true);
    if (!run.ok) throw new Error('console run failed');
    expect(run.moduleLine).toBe('activation = nn.Hardtanh(max_val=2.0)');
    expect(run.printed).toBe(
      [
        'Input: tensor([-3.0000,  0.5000,  3.0000], requires_grad=True)',
        'Output: tensor([-2.0000,  0.5000,  2.0000], grad_fn=<HardtanhBackward0>)',
        'Grad: tensor([0., 1., 0.])',
      ].join('\n'),
    );
    expect(colorTokensCss()).toContain(`--c-${id}:#123456`);
  });
});

import { ticks } from 'd3-array';
import { deadBins, deadUnits, geluDeadBelow } from '../../lib/ideas/dead';
import { geluGrad } from '../../lib/math';
import type { IdeaState } from '../../lib/ideas/state';
import { axesNodes } from '../../lib/plot/axes';
import { seriesStyle } from '../../lib/plot/series';
import type { SvgNode } from '../../lib/plot/svg-tree';
import { formatFixed, formatScientific, formatTick } from '../../i18n/format';
import { langTag, type Locale } from '../../i18n/locales';
import { fill, frameModel, powerOfTen, type FigureView, type Strings } from './view';

/** Frames of the two panels. */
export const deadFrames = {
  bars: { width: 640, height: 210, margin: { top: 8, right: 72, bottom: 44, left: 16 } },
  hist: { width: 640, height: 230, margin: { top: 14, right: 16, bottom: 44, left: 56 } },
};

/** Population size and inputs per unit (the figure's fixed design). */
export const deadDesign = { units: 1000, inputs: 200 };

/** ε as printed on the figure: `10⁻³` (the threshold is a power of ten). */
export function formatEpsilon(epsilon: number): string {
  return powerOfTen(Math.log10(epsilon));
}

/** The numbers the takeaway quotes about GELU's left tail, from the numeric module. */
function geluTail(epsilon: number, locale: Locale): { g5: string; g6: string; edge: string } {
  return {
    g5: formatScientific(geluGrad(-5), locale, 2),
    g6: formatScientific(geluGrad(-6), locale, 2),
    edge: formatFixed(geluDeadBelow(epsilon), locale, 1),
  };
}

/** A share in [0, 1] as a percentage for the locale (`86.4%`, `%86,4` in Turkish, `86,4 %` in French). */
export function formatPercent(share: number, locale: Locale, digits = 1): string {
  const v = Number.isFinite(share) ? share : 0;
  return new Intl.NumberFormat(langTag(locale), {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(v);
}

/** The dead-units figure: dead share per activation (bars) and ReLU units by how often they are off (histogram). */
export function renderDead(state: IdeaState, locale: Locale, s: Strings): FigureView {
  const r = deadUnits({ seed: state.deadSeed, shift: state.deadShift, alpha: state.deadAlpha, ...deadDesign });
  const alpha = formatFixed(state.deadAlpha, locale, 2);
  const eps = formatEpsilon(r.epsilon);
  const pct = (v: number) => formatPercent(v, locale);
  const rows = [
    { key: 'relu', label: s['idea.dead.relu'] ?? '', share: r.share.relu, color: seriesStyle('relu').color },
    {
      key: 'leaky',
      label: fill(s['idea.dead.leaky'], { alpha }),
      share: r.share.leaky,
      color: seriesStyle('leaky-relu').color,
    },
    { key: 'gelu', label: s['idea.dead.gelu'] ?? '', share: r.share.gelu, color: seriesStyle('gelu').color },
  ];
  const fb = deadFrames.bars;
  const bars = frameModel(fb, [0, 1], [0, rows.length], [0, 0.25, 0.5, 0.75, 1], []);
  const band = (bars.py(0) - bars.py(1)) * 0.45;
  const barNodes: SvgNode[] = [
    ...axesNodes(bars, {
      xLabel: fill(s['idea.dead.barsAxis'], { eps }),
      yLabel: '',
      tick: (v) => formatPercent(v, locale, 0),
    }),
    ...rows.flatMap((row, i) => {
      const cy = bars.py(rows.length - i - 0.5);
      const x0 = bars.px(0);
      const w = Math.max(0, bars.px(row.share) - x0);
      return [
        // Category names sit above their bars, so long names fit on a phone.
        {
          tag: 'text',
          attrs: { class: 'cat', x: x0 + 2, y: Math.round((cy - band / 2 - 5) * 100) / 100 },
          text: row.label,
        },
        {
          tag: 'rect',
          attrs: {
            class: 'bar',
            x: x0,
            y: Math.round((cy - band / 2) * 100) / 100,
            width: Math.round(w * 100) / 100,
            height: Math.round(band * 100) / 100,
            fill: row.color,
          },
        },
        { tag: 'text', attrs: { class: 'note', x: x0 + w + 6, y: cy + 5 }, text: pct(row.share) },
      ];
    }),
  ];
  const fh = deadFrames.hist;
  const top = Math.max(10, ...r.histogram);
  const yTicks = ticks(0, top, 5);
  // x ticks are bin edges read as percentages, so they are drawn here, not by axesNodes.
  const hist = frameModel(fh, [0, deadBins + 1], [0, top * 1.08], [], yTicks);
  const edgeY = fh.height - fh.margin.bottom + 16;
  const histNodes: SvgNode[] = [
    ...axesNodes(hist, {
      xLabel: s['idea.dead.histAxis'] ?? '',
      yLabel: s['idea.dead.histY'] ?? '',
      tick: (v) => formatTick(v, locale),
    }),
    ...[0, 2, 4, 6, 8, 10].map((v) => ({
      tag: 'text',
      attrs: { class: 'cat', x: hist.px(v), y: edgeY, 'text-anchor': 'middle' },
      text: formatPercent(v / deadBins, locale, 0),
    })),
    ...r.histogram.map((count, i) => {
      const x = hist.px(i) + 2;
      const y = hist.py(count);
      return {
        tag: 'rect',
        attrs: {
          class: i === deadBins ? 'bin dead' : 'bin',
          x,
          y,
          width: Math.round((hist.px(i + 1) - hist.px(i) - 4) * 100) / 100,
          height: Math.round((hist.py(0) - y) * 100) / 100,
        },
        children: [
          {
            tag: 'title',
            text:
              i === deadBins
                ? fill(s['idea.dead.deadTitle'], { count: String(count) })
                : fill(s['idea.dead.binTitle'], {
                    count: String(count),
                    from: formatPercent(i / deadBins, locale, 0),
                    to: formatPercent((i + 1) / deadBins, locale, 0),
                  }),
          },
        ],
      };
    }),
    {
      tag: 'text',
      attrs: {
        class: 'note',
        x: (hist.px(deadBins) + hist.px(deadBins + 1)) / 2,
        y: hist.py(r.histogram[deadBins] ?? 0) - 6,
        'text-anchor': 'middle',
      },
      text: s['idea.dead.deadBin'] ?? '',
    },
  ];
  return {
    nodes: { bars: barNodes, hist: histNodes },
    text: {
      'out.deadShift': formatFixed(state.deadShift, locale, 1),
      'out.deadAlpha': alpha,
      'out.seed': fill(s['idea.dead.seed'], { seed: String(state.deadSeed) }),
      'label.leaky': rows[1]?.label ?? '',
      'share.relu': pct(r.share.relu),
      'share.leaky': pct(r.share.leaky),
      'share.gelu': pct(r.share.gelu),
      takeaway: fill(s['idea.dead.takeaway'], {
        mu: formatFixed(state.deadShift, locale, 1),
        eps,
        relu: pct(r.share.relu),
        m: String(r.inputs),
        alpha,
        leaky: pct(r.share.leaky),
        gelu: pct(r.share.gelu),
        ...geluTail(r.epsilon, locale),
      }),
    },
  };
}

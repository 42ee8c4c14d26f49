import { ticks } from '../../lib/plot/ticks';
import {
  deadBelow,
  deadBins,
  deadEpsilon,
  deadExtras,
  deadReferences,
  deadUnits,
  geluDeadBelow,
} from '../../lib/ideas/dead';
import { ideaFocus } from '../../lib/ideas/members';
import { activation, geluGrad, series, seriesOf, type ActivationId } from '../../lib/math';
import type { IdeaState } from '../../lib/ideas/state';
import { axesNodes } from '../../lib/plot/axes';
import { seriesStyle } from '../../lib/plot/series';
import type { SvgNode } from '../../lib/plot/svg-tree';
import { formatFixed, formatScientific, formatTick } from '../../i18n/format';
import { langTag, type Locale } from '../../i18n/locales';
import { fill, frameModel, powerOfTen, type FigureView, type Strings } from './view';

/** Frames of the two panels (the bars' for the three references). */
export const deadFrames = {
  bars: { width: 640, height: 210, margin: { top: 8, right: 72, bottom: 44, left: 16 } },
  hist: { width: 640, height: 230, margin: { top: 14, right: 16, bottom: 44, left: 56 } },
};

/** The bars' frame for `rows` bars: every bar as tall as in the three-bar frame. */
export function deadBarsFrame(rows: number): typeof deadFrames.bars {
  const { height, margin } = deadFrames.bars;
  const perRow = (height - margin.top - margin.bottom) / deadReferences.length;
  return { ...deadFrames.bars, height: Math.round(margin.top + margin.bottom + perRow * rows) };
}

/** One bar and table row: its key in the figure's texts (`share.<key>`), activation and series. */
export interface DeadRow {
  key: string;
  id: ActivationId;
  series: string;
  nameKey: string;
}

/** The rows of the figure on the page of `focus`: the references, then the page's own activation if it is not one. */
export function deadRows(focus?: unknown): DeadRow[] {
  const withSeries = (key: string, id: ActivationId): DeadRow => {
    const s = series(seriesOf(activation(id)));
    return { key, id, series: s.id, nameKey: s.nameKey };
  };
  return [...deadReferences.map((r) => withSeries(r.row, r.id)), ...deadExtras(focus).map((id) => withSeries(id, id))];
}

/** Where the notes quote an extra activation's slope: far left, and farther. */
const notePoints = { near: -5, far: -8 };

/**
 * The values a note on an extra activation quotes (idea.dead.note.<id>), all computed: its dead
 * share and ReLU's, its dead edge (deadBelow), its slope at two points far left, and its
 * parameters' defaults by parameter id (ELU's `{alpha}`).
 */
function noteValues(id: ActivationId, epsilon: number, locale: Locale): Record<string, string> {
  const a = activation(id);
  const df = (x: number) => a.df(x);
  const values: Record<string, string> = {
    edge: formatTick(deadBelow(df, epsilon), locale, 1),
    xNear: formatTick(notePoints.near, locale),
    xFar: formatTick(notePoints.far, locale),
    dNear: formatScientific(df(notePoints.near), locale, 2),
    dFar: formatScientific(df(notePoints.far), locale, 2),
  };
  for (const p of a.params) if (p.kind === 'range') values[p.id] = formatTick(p.default, locale, p.digits);
  return values;
}

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

/** The bars' accessible title: ε and the names of the compared activations, as a list in the locale. */
export function deadBarsTitle(s: Strings, locale: Locale, focus?: unknown): string {
  const names = deadRows(focus).map((row) => s[row.nameKey] ?? row.id);
  return fill(s['idea.dead.barsLabel'], {
    eps: formatEpsilon(deadEpsilon),
    names: new Intl.ListFormat(langTag(locale), { type: 'conjunction' }).format(names),
  });
}

/**
 * The dead-units figure: dead share per activation (bars, the page's own activation marked)
 * and ReLU units by how often they are off (histogram).
 */
export function renderDead(state: IdeaState, locale: Locale, s: Strings, focus?: string): FigureView {
  const defs = deadRows(focus);
  const own = ideaFocus('dead', focus);
  const r = deadUnits({
    seed: state.deadSeed,
    shift: state.deadShift,
    alpha: state.deadAlpha,
    extra: deadExtras(focus),
    ...deadDesign,
  });
  const alpha = formatFixed(state.deadAlpha, locale, 2);
  const eps = formatEpsilon(r.epsilon);
  const pct = (v: number) => formatPercent(v, locale);
  const rows = defs.map((d) => ({
    ...d,
    // Leaky ReLU's label carries the slider's α.
    label: d.key === 'leaky' ? fill(s['idea.dead.leaky'], { alpha }) : (s[d.nameKey] ?? d.id),
    share: r.share[d.key] ?? 0,
    color: seriesStyle(d.series).color,
    focus: d.id === own,
  }));
  const fb = deadBarsFrame(rows.length);
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
          attrs: {
            class: row.focus ? 'cat focus' : 'cat',
            x: x0 + 2,
            y: Math.round((cy - band / 2 - 5) * 100) / 100,
          },
          text: row.label,
        },
        {
          tag: 'rect',
          attrs: {
            class: row.focus ? 'bar focus' : 'bar',
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
  const text: Record<string, string> = {
    'out.deadShift': formatFixed(state.deadShift, locale, 1),
    'out.deadAlpha': alpha,
    'out.seed': fill(s['idea.dead.seed'], { seed: String(state.deadSeed) }),
  };
  for (const row of rows) {
    text[`label.${row.key}`] = row.label;
    text[`share.${row.key}`] = pct(row.share);
  }
  // Beside the references, the page's own activation gets a sentence of its own (idea.dead.note.<id>).
  for (const id of deadExtras(focus))
    text[`note.${id}`] = fill(s[`idea.dead.note.${id}`], {
      ...noteValues(id, r.epsilon, locale),
      share: pct(r.share[id] ?? 0),
      relu: pct(r.share.relu),
      eps,
    });
  return {
    nodes: { bars: barNodes, hist: histNodes },
    text: {
      ...text,
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

// The GLU page's two islands. `<glu-slices>` moves the slice: the value a of the four heatmaps'
// line and of the chart below them, where each variant's a·act(b) is redrawn from the gate
// activations the build sampled (the output is linear in a: no erf or exp runs here). `<glu-ffn>`
// recounts the feed-forward blocks' weights for the model width the reader types. Both upgrade
// complete build-time HTML, write text through textContent only, and keep the address in sync.
import { axesNodes } from '../../lib/plot/axes';
import { gluHeatChart, gluSliceModel, type GluSliceData } from '../../lib/plot/glu-slice';
import { sliceNodes } from '../../lib/plot/heatmap';
import { ffnComparison } from '../../lib/math/ffn';
import { gluViewLimits, parseGluView, readWidth, serializeGluView, type GluView } from '../../lib/state/glu';
import { formatFixed, formatInteger, formatTick } from '../../i18n/format';
import { isLocale, type Locale } from '../../i18n/locales';
import { fill, patchChildren, setText } from '../dom';
import { carryViewOn, updateQuery } from '../url-query';
import { ffnSummary, ratioText, type FfnStrings } from './ffn';

/** Texts of the slice figure, translated at build time. */
interface SliceStrings {
  xAxis: string;
  yAxis: string;
  /** The chart's accessible name, with {a}, {min} and {max}. */
  label: string;
}

function readLocale(el: HTMLElement): Locale {
  const lang = el.dataset['lang'];
  return isLocale(lang) ? lang : 'en';
}

function readStrings<T>(el: HTMLElement): T {
  return JSON.parse(el.dataset['strings'] ?? '{}') as T;
}

/** `<glu-slices>`: a slider for the value a; one animation frame per burst of moves. */
class GluSlices extends HTMLElement {
  private locale: Locale = 'en';
  private strings!: SliceStrings;
  private view!: GluView;
  private pending = false;
  private readonly heat = gluHeatChart();
  /** The gate activations sampled at build time: the slice at a is these values times a. */
  private data: GluSliceData = { kinks: [], series: [] };

  connectedCallback(): void {
    this.locale = readLocale(this);
    this.strings = readStrings<SliceStrings>(this);
    this.data = JSON.parse(this.dataset['samples'] ?? '{"kinks":[],"series":[]}') as GluSliceData;
    this.view = parseGluView(location.search);
    carryViewOn('nav.langs a[hreflang]');
    const input = this.querySelector<HTMLInputElement>('input[data-ctl="a"]');
    if (!input) return;
    // A link's value (?a=-1.5) is drawn at once; the default view is already in the HTML.
    if (input.value !== String(this.view.a)) {
      input.value = String(this.view.a);
      this.render();
    }
    this.addEventListener('input', (e) => {
      const target = e.target as HTMLInputElement;
      const a = Number(target.value);
      if (target.dataset['ctl'] !== 'a' || !Number.isFinite(a)) return;
      this.view.a = Math.min(gluViewLimits.a.max, Math.max(gluViewLimits.a.min, a));
      if (this.pending) return;
      this.pending = true;
      requestAnimationFrame(() => {
        this.pending = false;
        this.render();
        updateQuery(() => ({ a: serializeGluView(this.view).a }));
      });
    });
  }

  /** Redraws what depends on a: readout, the heatmaps' slice lines, the chart's curves and axes. */
  private render(): void {
    const a = this.view.a;
    const text = formatFixed(a, this.locale, 2);
    setText(this.querySelector('[data-out="a"]'), text);
    this.querySelector('input[data-ctl="a"]')?.setAttribute('aria-valuetext', `a = ${text}`);
    for (const g of this.querySelectorAll('[data-slice]')) patchChildren(g, sliceNodes(this.heat, a));
    const svg = this.querySelector<SVGSVGElement>('svg[data-chart="f"]');
    if (!svg) return;
    const model = gluSliceModel(a, this.data);
    const s = this.strings;
    patchChildren(
      svg.querySelector('[data-axes]'),
      axesNodes(model, { xLabel: s.xAxis, yLabel: s.yAxis, tick: (v) => formatTick(v, this.locale) }),
    );
    const paths = new Map(model.paths.map((p) => [p.id, p.d]));
    for (const path of svg.querySelectorAll<SVGPathElement>('path[data-series]')) {
      const d = paths.get(path.dataset['series'] ?? '');
      if (d !== undefined && path.getAttribute('d') !== d) path.setAttribute('d', d);
    }
    const [min, max] = model.xDomain.map((v) => formatTick(v, this.locale));
    setText(svg.querySelector('title'), fill(s.label, { a: text, min: min ?? '', max: max ?? '' }));
  }
}

/** `<glu-ffn>`: the weights of the three blocks for the width d the reader types. */
class GluFfn extends HTMLElement {
  private locale: Locale = 'en';
  private strings!: FfnStrings;
  private view!: GluView;

  connectedCallback(): void {
    this.locale = readLocale(this);
    this.strings = readStrings<FfnStrings>(this);
    this.view = parseGluView(location.search);
    const input = this.querySelector<HTMLInputElement>('input[data-ctl="d"]');
    if (!input) return;
    this.querySelector('form')?.addEventListener('submit', (e) => e.preventDefault());
    if (input.value !== String(this.view.d)) {
      input.value = String(this.view.d);
      this.render();
    }
    input.addEventListener('input', () => {
      const d = readWidth(input.value);
      const status = this.querySelector('[data-ffn-status]');
      if (d === undefined) {
        input.setAttribute('aria-invalid', 'true');
        setText(status, fill(this.strings.invalid, { max: formatInteger(gluViewLimits.d.max, this.locale) }));
        return;
      }
      input.removeAttribute('aria-invalid');
      setText(status, '');
      this.view.d = d;
      this.render();
      updateQuery(() => ({ d: serializeGluView(this.view).d }));
    });
  }

  /** Rewrites every computed cell and the summary below the table. */
  private render(): void {
    const { d } = this.view;
    const rows = ffnComparison(d);
    const n = (v: number) => formatInteger(v, this.locale);
    for (const row of rows) {
      const cell = (name: string) => this.querySelector(`[data-ffn="${row.id}-${name}"]`);
      setText(cell('hidden'), n(row.hidden));
      setText(cell('weights'), n(row.weights));
      setText(cell('ratio'), ratioText(row.ratio, this.locale));
    }
    setText(this.querySelector('[data-ffn="summary"]'), ffnSummary(rows, d, this.strings, this.locale));
    for (const o of this.querySelectorAll('[data-ffn="d"]')) setText(o, n(d));
  }
}

/** Defines both elements (once). */
export function defineGluIslands(): void {
  if (!customElements.get('glu-slices')) customElements.define('glu-slices', GluSlices);
  if (!customElements.get('glu-ffn')) customElements.define('glu-ffn', GluFfn);
}

import { axesNodes } from '../../lib/plot/axes';
import { fitFrame, fitsDefault, type Frame } from '../../lib/plot/chart';
import type { ChartModel } from '../../lib/plot/figure';
import { inputNodes, pointNodes, probeMarkerId, probeNodes } from '../../lib/plot/marks';
import { sceneCurves, sceneModels, specialPoints, type SceneCurve, type SceneSpec } from '../../lib/plot/scene';
import { seriesParamText, type SeriesId } from '../../lib/plot/series';
import { readDecimal } from '../../lib/state/read';
import { markedPoints, type PointWords } from './points';
import {
  activationParams,
  defaultView,
  mainSeries,
  resolveView,
  sceneOf,
  type ResolvedView,
} from '../../lib/state/resolve';
import {
  isViewPage,
  pageParams,
  parseView,
  readParam,
  serializeView,
  viewKeys,
  type PageParam,
  type ViewPage,
} from '../../lib/state/view';
import { allSeries } from '../../lib/math/curves';
import { exampleValues } from '../../lib/torch/example';
import { inputsChannel, viewChannel } from '../channels';
import { carryViewOn, flushQuery, markQuery } from '../url-query';
import { debounce } from '../debounce';
import { formatFixed, formatTick } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { fill, patchChildren, setText, toDom } from '../dom';

interface Strings extends PointWords {
  announce: string;
  invalid: string;
  withParams: string;
  rangeValue: string;
  xAxis: string;
  yAxisF: string;
  yAxisDf: string;
  fLabel: string;
  dfLabel: string;
}

const seriesIds = allSeries.map((s) => s.id);
/** The two charts: the function and its derivative (also the keys of a curve's functions). */
const roles = ['f', 'df'] as const;
type Role = (typeof roles)[number];
interface ChartEls {
  svg: SVGSVGElement | null;
  /** The probe's group. */
  probe: Element | null;
  /** The ids of the probe's markers (the discs this SVG defines). */
  marker: (series: SeriesId) => string;
}
/** The reader has paused when no change came for this long: the address is written then. */
const SETTLE_MS = 150;
/** And the live region speaks this much later (500 ms after the last change in all). */
const ANNOUNCE_AFTER_SETTLE = 350;

/**
 * `<act-explorer>`: upgrades the build-time plot with live controls. On input it updates only
 * what changed (path `d`, axes when the domain moves, the probe, readouts) in one animation
 * frame, and keeps the address in sync so a link reopens this exact view.
 */
// Members are `#private`: the minifier renames them (TypeScript's `private` names stay in the
// bundle), worth ~0.1 KB gzip of the function pages' 15 KB budget.
class ActExplorer extends HTMLElement {
  #page: ViewPage = 'compare';
  #locale: Locale = 'en';
  #strings!: Strings;
  #view!: ResolvedView;
  #defaults!: ResolvedView;
  /** The page's parameters by query key (from the registry). */
  #params = new Map<string, PageParam>();
  #models: { shown: readonly SeriesId[]; f: ChartModel; df: ChartModel } | null = null;
  /** The shown curves' functions with this scene's parameters (a probe move only evaluates). */
  #curves: SceneCurve[] = [];
  #pending: 'probe' | 'scene' | null = null;
  #inputs: readonly number[] = exampleValues;
  /** The charts' frame fitted to their rendered size (undefined: the build-time 640 × 300). */
  #frame: Frame | undefined;
  /** Elements a probe move writes to, found once (a move then runs no selector). */
  #els!: {
    outs: Map<string, HTMLElement>;
    ranges: Map<string, HTMLInputElement>;
    /** The number fields beside the sliders, by view key. */
    nums: Map<string, HTMLInputElement>;
    /** Each chart's SVG, its probe's group and its probe marker ids (the discs it defines). */
    charts: Record<Role, ChartEls>;
    cells: Map<string, Record<Role, Element | null>>;
    /** The table of values (its caption holds the probe's x). */
    table: Element | null;
  };
  /**
   * The panes (each chart, the table of values) in view, once observed. A probe move writes
   * only to these and to the probe bar; the others are brought up to date when one comes into
   * view and when the reader pauses. On a phone the charts and the table are often a screen
   * away from the slider, and each box written costs a layout.
   */
  readonly #inView = new Set<Element | null>();
  /** Frames drawn so far: an announcement is dropped when the view moved after it was planned. */
  #frames = 0;
  /**
   * What waits for the reader to pause, on one timer: the address and the embed view's link
   * back to the full page 150 ms after the last change, the live region's readout 350 ms after
   * that. While a slider moves, this one timer is all that wakes the page between frames.
   */
  readonly #settle = debounce(() => {
    this.#renderProbe(true);
    flushQuery();
    this.#updateFullLink();
    const frame = this.#frames;
    setTimeout(() => {
      if (frame === this.#frames) this.#announceProbe();
    }, ANNOUNCE_AFTER_SETTLE);
  }, SETTLE_MS);
  /** This island's query keys, read when the address is written. */
  readonly #queryKeys = () => {
    const params = new URLSearchParams(this.#query());
    return Object.fromEntries(viewKeys(this.#page).map((k) => [k, params.get(k)]));
  };

  connectedCallback(): void {
    const page = this.dataset['page'];
    const lang = this.dataset['lang'];
    // `data-lang` is the page's own locale, written at build time.
    if (!isViewPage(page) || !lang) return;
    this.#page = page;
    this.#locale = lang as Locale;
    this.#strings = JSON.parse(this.dataset['strings'] ?? '{}') as Strings;
    this.#params = new Map(pageParams(page).map((p) => [p.param.key, p]));
    this.#defaults = defaultView(page);
    this.#view = resolveView(page, parseView(location.search, page));
    this.#els = {
      outs: new Map([...this.querySelectorAll<HTMLElement>('[data-out]')].map((o) => [o.dataset['out'] ?? '', o])),
      ranges: new Map(
        [...this.querySelectorAll<HTMLInputElement>('input[type="range"][data-ctl]')].map((i) => [
          i.dataset['ctl'] ?? '',
          i,
        ]),
      ),
      nums: new Map(
        [...this.querySelectorAll<HTMLInputElement>('input[data-num]')].map((i) => [i.dataset['num'] ?? '', i]),
      ),
      charts: Object.fromEntries(
        roles.map((role) => {
          const svg = this.#q<SVGSVGElement>(`svg[data-chart="${role}"]`);
          return [
            role,
            {
              svg,
              probe: svg?.querySelector('[data-probe]') ?? null,
              marker: probeMarkerId(svg?.dataset['marker'] ?? ''),
            },
          ];
        }),
      ) as Record<Role, ChartEls>,
      cells: new Map(
        [...this.querySelectorAll<HTMLElement>('tr[data-row]')].map((row) => [
          row.dataset['row'] ?? '',
          { f: row.querySelector('[data-cell="f"]'), df: row.querySelector('[data-cell="df"]') },
        ]),
      ),
      table: this.#q('table'),
    };
    this.#q('[data-full-link]')?.addEventListener('click', () => this.#settle.flush());
    const panes = new IntersectionObserver((entries) => {
      for (const e of entries) this.#inView[e.isIntersecting ? 'add' : 'delete'](e.target);
      if (this.#models) this.#renderProbe(true);
    });
    for (const pane of this.querySelectorAll('svg.chart, table')) panes.observe(pane);
    carryViewOn('nav.langs a[hreflang]');
    // A link whose values were clamped or dropped (?x=7 shows x = 4) is rewritten at once, so
    // the address always says what the page shows.
    const owned = new URLSearchParams(location.search);
    const shown = new URLSearchParams(this.#query());
    if (viewKeys(page).some((k) => owned.get(k) !== shown.get(k))) {
      markQuery(this.#queryKeys);
      flushQuery();
    }
    this.#syncControls();
    // The build-time plots already show the default view: a page opened without a view in its
    // address is not redrawn while it loads; its curves are sampled once the page is idle, so
    // that the first move of the probe finds them ready.
    if (this.#query() !== '') {
      this.#renderScene();
      this.#renderProbe();
      this.#updateFullLink();
    } else if ('requestIdleCallback' in window) requestIdleCallback(() => this.#scene(), { timeout: 3000 });
    else setTimeout(() => this.#scene(), 500);
    // Every control here (range, checkbox, radio) fires `input`; `change` would repeat it.
    this.addEventListener('input', (e) => this.#onInput(e));
    this.addEventListener('keydown', (e) => this.#onKey(e));
    this.addEventListener('change', (e) => this.#onField(e));
    this.querySelector('form')?.addEventListener('submit', (e) => e.preventDefault());
    for (const svg of this.querySelectorAll<SVGSVGElement>('svg.chart')) this.#bindDrag(svg);
    // Each chart is redrawn at its rendered size (one viewBox unit per CSS px): its text then
    // keeps its CSS size on a phone and in a wide embed alike.
    const f = this.#els.charts.f.svg;
    if (f)
      new ResizeObserver(() => {
        const frame = fitFrame(f.clientWidth, f.clientHeight);
        if (
          this.#frame
            ? frame.width === this.#frame.width && frame.height === this.#frame.height
            : fitsDefault(frame.width, frame.height)
        )
          return;
        this.#frame = frame;
        this.#models = null;
        // Two tasks, each short enough not to hold up a phone: the curves sampled at the new
        // size, then the charts drawn in the next frame.
        setTimeout(() => {
          this.#scene();
          requestAnimationFrame(() => {
            this.#renderScene(false);
            this.#renderProbe();
          });
        });
      }).observe(f);
    // The controls are live: show them (see the component's styles).
    this.toggleAttribute('data-ready', true);
    if (this.#page !== 'compare')
      inputsChannel.subscribe((values) => {
        this.#inputs = values.filter((v) => typeof v === 'number');
        this.#renderInputs();
      });
  }

  /** The PyTorch example's inputs as markers on the page's own curve (f and f′). */
  #renderInputs(): void {
    const m = this.#scene();
    const c = this.#curves[0];
    if (!c || this.#page === 'compare') return;
    for (const r of roles)
      this.#els.charts[r].svg?.querySelector('[data-inputs]')?.replaceChildren(
        ...toDom(
          inputNodes(
            m[r],
            this.#inputs.map((x) => ({ x, y: c[r](x) })),
          ),
        ),
      );
  }

  #q<T extends Element>(selector: string): T | null {
    return this.querySelector<T>(selector);
  }

  #fmt(v: number, digits = 4): string {
    return formatFixed(v, this.#locale, digits);
  }

  /** Puts the view's values into the controls (after reading a link). */
  #syncControls(): void {
    const v = this.#view;
    // Only what differs is written: on a page opened without a view, nothing is, and the page
    // is not laid out again when the island starts.
    const set = (ctl: string, value: number) => setSlider(this.#els.ranges.get(ctl), value);
    const x = this.#q<HTMLInputElement>('input[data-ctl="x"]');
    if (x) {
      if (x.min !== String(-v.range)) x.min = String(-v.range);
      if (x.max !== String(v.range)) x.max = String(v.range);
    }
    set('x', v.x);
    set('range', v.range);
    const check = (input: HTMLInputElement | null, on: boolean) => {
      if (input && input.checked !== on) input.checked = on;
    };
    for (const [key, { param }] of this.#params) {
      const value = v.params[key];
      if (param.kind === 'range' && typeof value === 'number') set(key, value);
      else
        for (const r of this.querySelectorAll<HTMLInputElement>(`input[data-ctl="${key}"]`))
          check(r, r.value === value);
    }
    check(this.#q<HTMLInputElement>('input[data-ctl="deriv"]'), v.deriv);
    for (const c of this.querySelectorAll<HTMLInputElement>('input[data-ctl="compare"]'))
      check(c, v.compare.includes(c.value));
    this.#updateOutputs('scene');
  }

  /** The readouts of the controls: on a probe move only those of x. */
  #updateOutputs(kind: 'probe' | 'scene'): void {
    const v = this.#view;
    const valuetext = (ctl: string, text: string) => {
      const input = this.#els.ranges.get(ctl);
      if (input && input.getAttribute('aria-valuetext') !== text) input.setAttribute('aria-valuetext', text);
    };
    // Typing into a field moves nothing until the number is committed (onField), so a field
    // is never rewritten under the reader's fingers.
    const num = (name: string, text: string) => {
      const field = this.#els.nums.get(name);
      if (field && field.value !== text) field.value = text;
    };
    num('x', this.#fmt(v.x, 2));
    valuetext('x', `x = ${this.#fmt(v.x)}`);
    if (kind === 'probe') return;
    const rangeText = fill(this.#strings.rangeValue, { r: formatTick(v.range, this.#locale) });
    num('range', formatTick(v.range, this.#locale));
    valuetext('range', rangeText);
    for (const [key, { param }] of this.#params) {
      const value = v.params[key];
      if (param.kind !== 'range' || typeof value !== 'number') continue;
      const text = this.#fmt(value, param.digits);
      num(key, text);
      valuetext(key, `${param.symbol} = ${text}`);
      // The formula section's parameter readouts live outside the island.
      for (const o of document.querySelectorAll<HTMLElement>(`[data-param-out="${key}"]`)) setText(o, text);
    }
  }

  #onInput(e: Event): void {
    const input = e.target as HTMLInputElement;
    const ctl = input.dataset['ctl'];
    if (!ctl) return;
    const v = this.#view;
    // A slider set between its steps (a link's ?range=1.5) snaps back to its steps once the
    // reader drags it.
    if (e.isTrusted && input.step === 'any') input.step = input.dataset['step'] ?? 'any';
    const num = Number(input.value);
    let kind: 'probe' | 'scene' = 'scene';
    const param = this.#params.get(ctl);
    if (ctl === 'x' && Number.isFinite(num)) {
      v.x = num;
      kind = 'probe';
    } else if (ctl === 'range' && Number.isFinite(num)) {
      v.range = num;
      v.x = Math.min(num, Math.max(-num, v.x));
      const x = this.#els.ranges.get('x');
      if (x) {
        x.min = String(-num);
        x.max = String(num);
        setSlider(x, v.x);
      }
    } else if (ctl === 'deriv') v.deriv = input.checked;
    else if (ctl === 'compare') {
      const on = new Set(v.compare);
      if (input.checked) on.add(input.value);
      else on.delete(input.value);
      v.compare = seriesIds.filter((c) => on.has(c));
    } else if (param && (param.param.kind === 'range' || input.checked)) {
      const value = readParam(param.param, input.value);
      if (value === undefined) return;
      v.params[ctl] = value;
    } else return;
    this.#schedule(kind);
  }

  /**
   * A number typed into a field beside a slider (on Enter or leaving the field): read with
   * either decimal separator, clamped to the slider's limits (the address's own), and passed
   * on as if the slider had moved; what is not a number gets a message and changes nothing.
   */
  #onField(e: Event): void {
    const field = e.target as HTMLInputElement;
    const key = field.dataset['num'];
    const slider = key === undefined ? undefined : this.#els.ranges.get(key);
    if (!slider) return;
    const value = readDecimal(field.value);
    // The message's place follows the field's box (see Slider.astro).
    const error = field.parentElement?.nextElementSibling;
    setText(error, value === undefined ? this.#strings.invalid : '');
    if (value === undefined) {
      field.setAttribute('aria-invalid', 'true');
      return;
    }
    field.removeAttribute('aria-invalid');
    // The next frame writes the value taken back into the field, clamped, in the page's writing.
    setSlider(slider, Math.min(Number(slider.max), Math.max(Number(slider.min), value)) || 0);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
  }

  #onKey(e: KeyboardEvent): void {
    const input = e.target as HTMLInputElement;
    if (input.type !== 'range' || (e.key !== 'PageUp' && e.key !== 'PageDown')) return;
    // Ten steps per PageUp/PageDown, whatever the browser's own default (a slider set between
    // its steps by a link first takes its steps back: see onInput).
    e.preventDefault();
    input.step = input.dataset['step'] ?? '1';
    input[e.key === 'PageUp' ? 'stepUp' : 'stepDown'](10);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }

  #bindDrag(svg: SVGSVGElement): void {
    const move = (e: PointerEvent) => {
      const m = this.#scene().f;
      const ctm = svg.getScreenCTM();
      if (!ctm) return;
      const pt = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
      const { margin, width } = m.frame;
      const t = (pt.x - margin.left) / (width - margin.left - margin.right);
      const x = m.xDomain[0] + Math.min(1, Math.max(0, t)) * (m.xDomain[1] - m.xDomain[0]);
      this.#view.x = Math.round(x * 100) / 100 || 0;
      const input = this.#els.ranges.get('x');
      if (input) input.value = String(this.#view.x);
      this.#schedule('probe');
    };
    svg.addEventListener('pointerdown', (e) => {
      svg.setPointerCapture(e.pointerId);
      move(e);
    });
    svg.addEventListener('pointermove', (e) => {
      if (svg.hasPointerCapture(e.pointerId)) move(e);
    });
  }

  #schedule(kind: 'probe' | 'scene'): void {
    const first = this.#pending === null;
    if (this.#pending !== 'scene') this.#pending = kind;
    // A probe move is drawn at once (a pointer's moves already come once a frame, a key's at
    // its repeat rate); a new scene waits for the frame, and moves made meanwhile join it.
    if (first) {
      if (kind === 'probe') this.#draw();
      else requestAnimationFrame(() => this.#draw());
    }
  }

  #draw(): void {
    const k = this.#pending;
    this.#pending = null;
    if (k === 'scene') {
      this.#models = null;
      this.#renderScene();
    }
    this.#updateOutputs(k ?? 'scene');
    this.#renderProbe();
    this.#frames++;
    markQuery(this.#queryKeys);
    this.#settle();
  }

  /** The current view's chart models and curves, computed when first needed. */
  #sceneSpec(): SceneSpec {
    return sceneOf(this.#page, this.#view);
  }

  #scene(): { shown: readonly SeriesId[]; f: ChartModel; df: ChartModel } {
    if (!this.#models) {
      const spec = this.#sceneSpec();
      this.#models = sceneModels(spec, this.#frame);
      this.#curves = sceneCurves(spec);
    }
    return this.#models;
  }

  /**
   * Redraws both charts from the scene's models (paths of the shown curves, axes, special
   * points, legend) and, unless only the charts' size changed (`publish` false), tells the
   * console the view.
   */
  #renderScene(publish = true): void {
    const models = this.#scene();
    const s = this.#strings;
    const spec = this.#sceneSpec();
    const main = mainSeries(this.#page, this.#view);
    const points = markedPoints(specialPoints(spec), s, (v, d) => this.#fmt(v, d), main);
    const charts = [
      ['f', models.f, s.yAxisF, s.fLabel, points.f],
      ['df', models.df, s.yAxisDf, s.dfLabel, points.df],
    ] as const;
    const range = { min: formatTick(-this.#view.range, this.#locale), max: formatTick(this.#view.range, this.#locale) };
    for (const [role, model, yLabel, title, marks] of charts) {
      const svg = this.#els.charts[role].svg;
      if (!svg) continue;
      const { width, height, margin } = model.frame;
      svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
      svg.toggleAttribute('data-fit', this.#frame !== undefined);
      const clip = svg.querySelector('clipPath rect');
      clip?.setAttribute('width', String(width - margin.left - margin.right));
      clip?.setAttribute('height', String(height - margin.top - margin.bottom));
      svg.querySelector('title')!.textContent = fill(title, range);
      svg
        .querySelector('[data-axes]')
        ?.replaceChildren(
          ...toDom(axesNodes(model, { xLabel: s.xAxis, yLabel, tick: (v) => formatTick(v, this.#locale) })),
        );
      const paths = new Map(model.paths.map((p) => [p.id, p.d]));
      for (const path of svg.querySelectorAll<SVGPathElement>('path[data-series]')) {
        const id = path.dataset['series'] ?? '';
        const d = paths.get(id);
        if (d === undefined) path.setAttribute('display', 'none');
        else {
          path.removeAttribute('display');
          if (path.getAttribute('d') !== d) path.setAttribute('d', d);
        }
        // The page's own curve is drawn bolder, and last: on top of its overlays.
        path.classList.toggle('main', id === main);
        if (id === main && path.nextElementSibling) path.parentElement?.append(path);
      }
      svg.querySelector('[data-points]')?.replaceChildren(...toDom(pointNodes(model, marks)));
    }
    // A curve whose parameters are off their defaults says so, under the name they give it:
    // `Swish (β = 1.5)`.
    for (const el of this.querySelectorAll<HTMLElement>('[data-name]')) {
      const id = el.dataset['name'] ?? '';
      const [params, rename] = models.shown.includes(id)
        ? seriesParamText(id, spec.params, (v, d) => this.#fmt(v, d))
        : [''];
      const name = s.names[rename ?? id] ?? id;
      setText(el, params ? fill(s.withParams, { name, params }) : name);
    }
    this.#renderInputs();
    const deriv = this.#q<HTMLElement>('[data-deriv]');
    if (deriv) deriv.hidden = !this.#view.deriv;
    const toggle = (el: HTMLElement, hidden: boolean) => {
      if (el.hidden !== hidden) el.hidden = hidden;
    };
    for (const li of this.querySelectorAll<HTMLElement>('[data-legend]'))
      toggle(li, !models.shown.includes(li.dataset['legend'] ?? ''));
    for (const row of this.querySelectorAll<HTMLElement>('tr[data-row]'))
      toggle(row, !models.shown.includes(row.dataset['row'] ?? ''));
    const empty = this.#q<HTMLElement>('[data-empty]');
    if (empty) toggle(empty, models.shown.length > 0);
    // A function page's own curve is never its own overlay (GELU's forms swap places).
    for (const label of this.querySelectorAll<HTMLElement>('[data-overlay]'))
      toggle(label, label.dataset['overlay'] === main);
    if (publish && this.#page !== 'compare')
      viewChannel.publish({ params: activationParams(this.#page, this.#view, this.#page) });
  }

  /** Each shown curve's value and slope at the probe. */
  #probeValues(): Array<{ id: SeriesId } & Record<Role, number>> {
    const x = this.#view.x;
    this.#scene();
    return this.#curves.map((c) => ({ id: c.id, f: c.f(x), df: c.df(x) }));
  }

  /**
   * Moves the probe: the probe bar's values and, in the panes in view (all of them when `all`),
   * the dots on each curve and the table of values.
   */
  #renderProbe(all = false): void {
    const m = this.#scene();
    const x = this.#view.x;
    const values = this.#probeValues();
    const { charts, table, outs, cells } = this.#els;
    const shows = (pane: Element | null) => all || this.#inView.has(pane);
    for (const r of roles) {
      const { svg, probe, marker } = charts[r];
      if (shows(svg))
        patchChildren(
          probe,
          probeNodes(
            m[r],
            x,
            values.map((v) => ({ id: v.id, y: v[r] })),
            marker,
          ),
        );
    }
    // The phone's probe bar: the main curve's values (no such line on the comparison page).
    setText(outs.get('main'), this.#readout(values[0]));
    if (!shows(table)) return;
    setText(outs.get('probe'), `x = ${this.#fmt(x)}`);
    for (const v of values) for (const r of roles) setText(cells.get(v.id)?.[r], this.#fmt(v[r]));
  }

  /** The main curve's values at the probe, in words (empty on the comparison page). */
  #readout(main = this.#probeValues()[0]): string {
    return main
      ? fill(this.#strings.announce, { x: this.#fmt(this.#view.x), f: this.#fmt(main.f), df: this.#fmt(main.df) })
      : '';
  }

  /** The polite live region reads the main curve at the probe. */
  #announceProbe(): void {
    setText(this.#q('[data-live]'), this.#readout());
  }

  #updateFullLink(): void {
    const link = this.#q<HTMLAnchorElement>('[data-full-link]');
    if (link) link.search = this.#query();
  }

  #query(): string {
    return serializeView(this.#view, this.#page, this.#defaults);
  }
}

/**
 * Puts a value into a slider exactly: a value between the slider's steps (`?range=1.5` on a
 * slider of whole numbers) would snap to a step, so the slider takes any value until the
 * reader next drags it (see onInput).
 */
function setSlider(input: HTMLInputElement | undefined, value: number): void {
  if (!input) return;
  const text = String(value);
  if (input.value === text) return;
  input.value = text;
  if (Number(input.value) !== value) {
    input.step = 'any';
    input.value = text;
  }
}

/** Registers `<act-explorer>` once. */
export function defineExplorer(): void {
  if (!customElements.get('act-explorer')) customElements.define('act-explorer', ActExplorer);
}

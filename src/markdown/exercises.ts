import { parse } from 'yaml';
import { z } from 'astro/zod';
import source from '../../content/exercises.yaml?raw';
import { activationIds } from '../lib/math';
import { gluSlug } from '../lib/reading-order';
import { exerciseQuery, exerciseState, type ExerciseView } from '../lib/state/exercise';
import { gluViewLimits, parseGluView, serializeGluView, type GluView } from '../lib/state/glu';
import type { ViewState } from '../lib/state/view';
import { factPattern } from './canon';
import { proseFacts } from './facts';

/** How many exercises a page ends with. */
export const exerciseCount = { min: 3, max: 5 } as const;

const factOrNumber = z.union([z.number(), z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/)]);

const view = z.strictObject({
  x: factOrNumber,
  range: z.number().optional(),
  deriv: z.boolean().optional(),
  compare: z.array(z.string()).optional(),
  params: z.record(z.string(), factOrNumber).optional(),
});

/**
 * The GLU page's view: the slice's value a or the model width d of the weight count, and the
 * section that shows the answer (the figure or the weight table).
 */
const gluView = z.strictObject({
  a: z.number().optional(),
  d: z.number().optional(),
  at: z.enum(['two-inputs', 'weights']).optional(),
});

/** The schema of `content/exercises.yaml`: page slug -> exercise id -> the view that answers it. */
export const exercisesSchema = z.record(
  z.string().regex(/^[a-z][a-z0-9-]*$/),
  z
    .record(z.string().regex(factPattern), z.union([view, gluView]))
    .refine(
      (list) => Object.keys(list).length >= exerciseCount.min && Object.keys(list).length <= exerciseCount.max,
      `list ${exerciseCount.min} to ${exerciseCount.max} exercises`,
    ),
);

/** One exercise of a function page: its id, its view, and the query string of its "show me" link. */
export interface Exercise {
  kind: 'explorer';
  id: string;
  /** The declared view, facts unresolved (x may name a fact). */
  spec: ExerciseView;
  /** The view with facts resolved. */
  state: ViewState;
  /** The link's query string, without `?`. */
  query: string;
  /** The id of the section the link lands on. */
  anchor: 'explorer';
}

/** One exercise of the GLU page: the figure at a value a, or the weight table at a width d. */
export interface GluExercise {
  kind: 'glu';
  id: string;
  /** The view the link opens (the page's defaults where the exercise sets nothing). */
  state: GluView;
  /** What the link sets, shown in its label: `a` for the figure, `d` for the table. */
  shows: { key: 'a' | 'd'; value: number };
  query: string;
  anchor: 'two-inputs' | 'weights';
}

/** The GLU exercise of a declaration; throws when a value is outside its control's range. */
function gluExercise(id: string, spec: z.infer<typeof gluView>, where: string): GluExercise {
  if (spec.at === undefined) throw new Error(`${where}: the GLU page's exercises name a section (at) and a or d`);
  const key = spec.at === 'two-inputs' ? 'a' : 'd';
  const value = spec[key];
  if (value === undefined) throw new Error(`${where}: the ${spec.at} section needs ${key}`);
  const other = key === 'a' ? 'd' : 'a';
  if (spec[other] !== undefined) throw new Error(`${where}: the ${spec.at} section takes ${key}, not ${other}`);
  const { min, max } = gluViewLimits[key];
  if (!(value >= min && value <= max) || (key === 'd' && !Number.isInteger(value)))
    throw new Error(`${where}: ${key} = ${value} is not a value of its control (${min} to ${max})`);
  const query = new URLSearchParams(
    Object.entries(serializeGluView({ ...parseGluView(''), [key]: value })).filter(
      (e): e is [string, string] => e[1] !== null,
    ),
  ).toString();
  // The page reads the link back to the same view: a typo in the limits would show another.
  const state = parseGluView(query);
  if (state[key] !== value) throw new Error(`${where}: ${key} = ${value} does not read back from "${query}"`);
  return { kind: 'glu', id, state, shows: { key, value }, query, anchor: spec.at };
}

/** Every page's exercises, in page order. */
export type Exercises = Readonly<Record<string, readonly (Exercise | GluExercise)[]>>;

/**
 * Parses and checks exercises YAML: every slug is a function page of the registry (its
 * exercises open the explorer) or the GLU page (they open its figure or its weight table), an
 * exercise id belongs to one page only, and every view resolves (facts exist, keys and
 * values are the page's, the probe stays inside the x-range).
 */
export function parseExercises(
  text: string,
  facts: Readonly<Record<string, number>> = proseFacts(),
  where = 'content/exercises.yaml',
): Exercises {
  const result = exercisesSchema.safeParse(parse(text));
  if (!result.success) throw new Error(`${where}: ${z.prettifyError(result.error)}`);
  const problems: string[] = [];
  const owner = new Map<string, string>();
  const out: Record<string, (Exercise | GluExercise)[]> = {};
  for (const [slug, list] of Object.entries(result.data)) {
    if (!activationIds.includes(slug) && slug !== gluSlug) {
      problems.push(`${slug}: not a function page of the registry nor the GLU page`);
      continue;
    }
    const items: (Exercise | GluExercise)[] = [];
    out[slug] = items;
    for (const [id, spec] of Object.entries(list)) {
      const other = owner.get(id);
      if (other) problems.push(`${slug}: exercise "${id}" is already an exercise of ${other}`);
      owner.set(id, slug);
      const at = `${where}: ${slug}/${id}`;
      try {
        // An explorer view always has x; a GLU view never does.
        if (slug === gluSlug) {
          if ('x' in spec) throw new Error(`${at}: the GLU page's exercises name a section (at) and a or d`);
          items.push(gluExercise(id, spec, at));
        } else {
          if (!('x' in spec)) throw new Error(`${at}: a function page's exercise sets the explorer's view (x, ...)`);
          const state = exerciseState(slug, spec, facts, at);
          items.push({ kind: 'explorer', id, spec, state, query: exerciseQuery(slug, state), anchor: 'explorer' });
        }
      } catch (e) {
        problems.push((e as Error).message);
      }
    }
  }
  if (problems.length > 0) throw new Error(`${where}:\n${problems.join('\n')}`);
  return out;
}

let memo: Exercises | undefined;

/** The site's exercises (content/exercises.yaml), parsed and checked once. */
export function exercises(): Exercises {
  memo ??= parseExercises(source);
  return memo;
}

/** The exercises of one page (none for a page the file does not list). */
export function pageExercises(slug: string, all: Exercises = exercises()): readonly (Exercise | GluExercise)[] {
  return all[slug] ?? [];
}

/** The exercises of a function page, whose links open the explorer. */
export function explorerExercises(slug: string, all: Exercises = exercises()): readonly Exercise[] {
  return pageExercises(slug, all).filter((e): e is Exercise => e.kind === 'explorer');
}

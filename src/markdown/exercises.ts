import { parse } from 'yaml';
import { z } from 'astro/zod';
import source from '../../content/exercises.yaml?raw';
import { activationIds, allFacts } from '../lib/math';
import { exerciseQuery, exerciseState, type ExerciseView } from '../lib/state/exercise';
import type { ViewState } from '../lib/state/view';
import { factPattern } from './canon';

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

/** The schema of `content/exercises.yaml`: page slug -> exercise id -> the view that answers it. */
export const exercisesSchema = z.record(
  z.string().regex(/^[a-z][a-z0-9-]*$/),
  z
    .record(z.string().regex(factPattern), view)
    .refine(
      (list) => Object.keys(list).length >= exerciseCount.min && Object.keys(list).length <= exerciseCount.max,
      `list ${exerciseCount.min} to ${exerciseCount.max} exercises`,
    ),
);

/** One exercise of a page: its id, its view, and the query string of its "show me" link. */
export interface Exercise {
  id: string;
  /** The declared view, facts unresolved (x may name a fact). */
  spec: ExerciseView;
  /** The view with facts resolved. */
  state: ViewState;
  /** The link's query string, without `?`. */
  query: string;
}

/** Every page's exercises, in page order. */
export type Exercises = Readonly<Record<string, readonly Exercise[]>>;

/**
 * Parses and checks exercises YAML: every slug is a function page of the registry, an
 * exercise id belongs to one page only, and every view resolves (facts exist, keys and
 * values are the page's, the probe stays inside the x-range).
 */
export function parseExercises(
  text: string,
  facts: Readonly<Record<string, number>> = allFacts(),
  where = 'content/exercises.yaml',
): Exercises {
  const result = exercisesSchema.safeParse(parse(text));
  if (!result.success) throw new Error(`${where}: ${z.prettifyError(result.error)}`);
  const problems: string[] = [];
  const owner = new Map<string, string>();
  const out: Record<string, Exercise[]> = {};
  for (const [slug, list] of Object.entries(result.data)) {
    if (!activationIds.includes(slug)) {
      problems.push(`${slug}: not a function page of the registry`);
      continue;
    }
    out[slug] = [];
    for (const [id, spec] of Object.entries(list)) {
      const other = owner.get(id);
      if (other) problems.push(`${slug}: exercise "${id}" is already an exercise of ${other}`);
      owner.set(id, slug);
      try {
        const state = exerciseState(slug, spec, facts, `${where}: ${slug}/${id}`);
        out[slug].push({ id, spec, state, query: exerciseQuery(slug, state) });
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
export function pageExercises(slug: string, all: Exercises = exercises()): readonly Exercise[] {
  return all[slug] ?? [];
}

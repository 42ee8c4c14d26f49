import { defineCollection } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * A logger whose `error` throws. Astro's glob loader catches a failed Markdown render (an
 * unknown citation key, a bad formula), logs it and stores the page with empty prose, so the
 * build would pass with a blank page; through this logger the failure stops the build.
 */
function failOnError(logger: LoaderContext['logger']): LoaderContext['logger'] {
  return new Proxy(logger, {
    get(target, prop, receiver) {
      if (prop === 'error')
        return (message: string) => {
          throw new Error(message);
        };
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** A loader that fails where the wrapped one only logs an error. */
function strict(loader: Loader): Loader {
  return { ...loader, load: (context) => loader.load({ ...context, logger: failOnError(context.logger) }) };
}

/**
 * Prose of one activation page in one language: `content/{lang}/{slug}.md`. Its facts and
 * references are not here but in content/canon.yaml, the same for every language.
 */
const pages = defineCollection({
  loader: strict(glob({ pattern: '*/*.md', base: './content' })),
  schema: z.strictObject({
    title: z.string().min(3),
    description: z.string().min(50).max(170),
    summary: z.string().min(80),
    reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    // The page's exercises in this language, in the order and with the ids of
    // content/exercises.yaml (which holds their views); numbers are facts tokens.
    exercises: z
      .array(
        z.strictObject({
          id: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/),
          q: z.string().min(10),
          a: z.string().min(3),
        }),
      )
      .optional(),
  }),
});

export const collections = { pages };

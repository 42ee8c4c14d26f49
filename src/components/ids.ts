/** The next id of this page: `prefix-1`, `prefix-2`, ... counted per page render, not per module. */
export function nextId(locals: App.Locals, prefix: string): string {
  locals.idCounter = (locals.idCounter ?? 0) + 1;
  return `${prefix}-${locals.idCounter}`;
}

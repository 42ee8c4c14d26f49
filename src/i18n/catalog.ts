/** A flat UI-string catalogue: dotted English keys -> translated text with `{name}` placeholders. */
export type Catalog = Readonly<Record<string, string>>;

const placeholderPattern = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The sorted, de-duplicated placeholder names of one string. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(placeholderPattern)].map((m) => m[1] ?? ''))].sort();
}

/**
 * Problems of a catalogue against the reference one: missing keys, unknown keys, empty
 * strings and placeholders that differ. An empty list means the catalogue is complete.
 */
export function catalogProblems(reference: Catalog, candidate: Catalog, name: string): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(reference)) {
    const text = candidate[key];
    if (text === undefined) {
      problems.push(`${name}: missing key "${key}"`);
      continue;
    }
    if (text.trim() === '') problems.push(`${name}: empty string for "${key}"`);
    const want = placeholders(reference[key] ?? '').join(',');
    const got = placeholders(text).join(',');
    if (want !== got) problems.push(`${name}: "${key}" has placeholders {${got}}, expected {${want}}`);
  }
  for (const key of Object.keys(candidate)) {
    if (!Object.hasOwn(reference, key)) problems.push(`${name}: unknown key "${key}"`);
  }
  return problems;
}

/** Fills `{name}` placeholders; a missing parameter is an error, not a silent gap. */
export function interpolate(text: string, params: Readonly<Record<string, string | number>> = {}): string {
  return text.replace(placeholderPattern, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`missing placeholder {${key}} in "${text}"`);
    return String(value);
  });
}

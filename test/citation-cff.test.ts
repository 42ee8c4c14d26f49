// CITATION.cff at the repository root: Citation File Format 1.2.0 (https://citation-file-format.github.io/).
// Source of truth: the format's required keys (cff-version, message, title, authors) and
// package.json's version; the licences are the two the README and the footer state.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { siteAuthors } from '../src/lib/cite';

const cff = parse(readFileSync('CITATION.cff', 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('CITATION.cff', () => {
  it('CITATION.cff parses as YAML with the required keys of CFF 1.2.0', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    for (const key of ['message', 'title']) {
      expect(typeof cff[key]).toBe('string');
      expect((cff[key] as string).trim().length).toBeGreaterThan(3);
    }
    const authors = cff['authors'] as Array<Record<string, unknown>>;
    expect(Array.isArray(authors) && authors.length).toBeGreaterThan(0);
    // An entity author has a name; a person would have family-names.
    for (const a of authors) expect(typeof (a['name'] ?? a['family-names'])).toBe('string');
  });

  it("CITATION.cff's version is package.json's", () => {
    expect(String(cff['version'])).toBe(pkg.version);
  });

  it("CITATION.cff's author is the one every page's citation names", () => {
    expect((cff['authors'] as Array<Record<string, unknown>>).map((a) => a['name'])).toEqual([siteAuthors]);
  });

  it('CITATION.cff has a real release date, the two licences as SPDX ids and the site URL', () => {
    const date = String(cff['date-released']);
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
    expect(cff['license']).toEqual(['MIT', 'CC-BY-4.0']);
    const url = new URL(String(cff['url']));
    expect(url.protocol).toBe('https:');
    // The same default origin as astro.config.mjs (SITE_URL overrides both at deployment).
    expect(readFileSync('astro.config.mjs', 'utf8')).toContain(`process.env.SITE_URL ?? '${url.origin}'`);
  });

  it('CITATION.cff uses only keys of the CFF 1.2.0 schema', () => {
    const known = new Set([
      'abstract',
      'authors',
      'cff-version',
      'commit',
      'contact',
      'date-released',
      'doi',
      'identifiers',
      'keywords',
      'license',
      'license-url',
      'message',
      'preferred-citation',
      'references',
      'repository',
      'repository-artifact',
      'repository-code',
      'title',
      'type',
      'url',
      'version',
    ]);
    for (const key of Object.keys(cff)) expect(known.has(key), key).toBe(true);
    expect(['software', 'dataset']).toContain(cff['type']);
  });
});

describe('LICENSE', () => {
  it('LICENSE is the MIT licence of the same authors', () => {
    const text = readFileSync('LICENSE', 'utf8');
    expect(text.startsWith('MIT License\n')).toBe(true);
    expect(text).toContain(`Copyright (c) 2026 ${siteAuthors}`);
    expect(text).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });
});

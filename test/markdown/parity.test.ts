import { describe, expect, it } from 'vitest';
import { parityProblems, scanProse } from '../../src/markdown/parity';

const page = { facts: { 'p-a': 'fact a of page p', 'p-b': 'fact b of page p' }, refs: ['x2020', 'y2021'] };

describe('parity', () => {
  it('scanProse() lists markers and cited keys in order, repeats kept', () => {
    expect(scanProse('A [@x2020]. {fact:p-a} B [-@y2021; @x2020]. {fact:p-a}')).toEqual({
      facts: ['p-a', 'p-a'],
      keys: ['x2020', 'y2021', 'x2020'],
      malformed: [],
    });
  });

  it('parityProblems() is empty when every fact is marked and exactly the refs are cited', () => {
    expect(parityProblems('A [@x2020]. {fact:p-a} B [@y2021]. {fact:p-b}', page, 'f.md')).toEqual([]);
  });

  it('parityProblems() reports a missing marker, a foreign marker, an uncited ref, a foreign key and a malformed citation', () => {
    expect(parityProblems('A [@x2020]. {fact:p-a} {fact:q-z} [@z2022] [@x2020, @y2021]', page, 'f.md')).toEqual([
      'f.md: no marker {fact:p-b}',
      'f.md: marker {fact:q-z} is not a fact of this page',
      'f.md: never cites [@y2021]',
      "f.md: cites [@z2022], which is not among the page's refs",
      'f.md: malformed citation [@x2020, @y2021]',
    ]);
  });
});

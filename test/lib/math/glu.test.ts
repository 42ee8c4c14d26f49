import { describe, expect, it } from 'vitest';
import { gelu, relu, sigmoid, silu } from '../../../src/lib/math';
import {
  glu,
  gluFacts,
  gluFunction,
  gluGate,
  gluTorchSource,
  gluVariant,
  gluVariants,
} from '../../../src/lib/math/glu';
import { allFacts } from '../../../src/lib/math';
import { proseFacts } from '../../../src/markdown/facts';
import { activation, isActivationId } from '../../../src/lib/math/registry';
import { bibliography } from '../../../src/markdown/bibliography';

describe('glu', () => {
  it('glu(value, gate, act) is value × act(gate)', () => {
    expect(glu(3, 0, sigmoid)).toBe(1.5);
    expect(glu(2, 1.5, relu)).toBe(3);
    expect(glu(-2, 3, relu)).toBe(-6);
    expect(glu(5, -1, relu)).toBe(0);
    // A negative value meets a closed ReLU gate: −0, as PyTorch prints it (-0.0000).
    expect(Object.is(glu(-2, -1, relu), -0)).toBe(true);
    expect(glu(Number.NaN, 1, sigmoid)).toBeNaN();
    expect(glu(Infinity, -Infinity, sigmoid)).toBeNaN();
  });

  it('gluVariants lists GLU, ReGLU, GEGLU and SwiGLU with the sigmoid, ReLU, GELU and SiLU gates of the registry', () => {
    expect(gluVariants.map((v) => [v.id, v.gate])).toEqual([
      ['glu', 'sigmoid'],
      ['reglu', 'relu'],
      ['geglu', 'gelu'],
      ['swiglu', 'silu'],
    ]);
    for (const v of gluVariants) expect(isActivationId(v.gate)).toBe(true);
    expect(gluVariant('geglu').gate).toBe('gelu');
    expect(() => gluVariant('nope' as 'glu')).toThrow(/unknown variant/);
  });

  it('gluVariants cites where each variant comes from and which models use it, all in the bibliography', () => {
    const bib = bibliography();
    expect(gluVariants.map((v) => v.ref)).toEqual(['dauphin2017', 'shazeer2020', 'shazeer2020', 'shazeer2020']);
    expect(gluVariant('geglu').models.map((m) => [m.name, m.ref])).toEqual([
      ['T5 v1.1', 't5-checkpoints'],
      ['Gemma', 'gemma2024'],
    ]);
    expect(gluVariant('swiglu').models.map((m) => [m.name, m.ref])).toEqual([
      ['PaLM', 'chowdhery2022'],
      ['LLaMA', 'touvron2023'],
    ]);
    for (const v of gluVariants)
      for (const key of [v.ref, ...v.models.map((m) => m.ref)]) expect(Object.hasOwn(bib, key)).toBe(true);
  });

  it('gluGate() and gluFunction() take the gate from the registry entry at its defaults (exact GELU, SiLU with β = 1)', () => {
    for (const b of [-4, -0.7518, -0.5, 0, 0.25, 1, 3]) {
      expect(gluGate(gluVariant('glu'))(b)).toBe(sigmoid(b));
      expect(gluGate(gluVariant('reglu'))(b)).toBe(relu(b));
      expect(gluGate(gluVariant('geglu'))(b)).toBe(gelu(b));
      expect(gluGate(gluVariant('swiglu'))(b)).toBe(silu(b));
      expect(gluFunction(gluVariant('geglu'))(-2, b)).toBe(-2 * gelu(b));
      expect(gluFunction(gluVariant('swiglu'))(0.5, b)).toBe(0.5 * activation('silu').f(b));
    }
  });

  it('gluTorchSource() writes nn.GLU for GLU and a * F.<functional>(b) from the gate entry for the others', () => {
    expect(gluVariants.map(gluTorchSource)).toEqual([
      'nn.GLU(dim=-1)(x)',
      'a * F.relu(b)',
      'a * F.gelu(b)',
      'a * F.silu(b)',
    ]);
  });

  // Source of truth: closed forms. GELU(−1) = −Φ(−1) = −erfc(1/√2)/2 = −0.158655253931457051…
  // and SiLU(−1) = −σ(−1) = −1/(1 + e) = −0.268941421369995120… (mpmath, 30 digits); the
  // weight counts are integer arithmetic: 3·1024·2731 − 2·1024·4096 = 1024·(8193 − 8192).
  it('gluFacts() quotes the worked example a = −2, b = −1, the sigmoid gate at 0 and the same-cost rule at d = 1024', () => {
    const f = gluFacts();
    expect(f['gluGateZeroShare']).toBe(0.5);
    expect(f['gluExampleGeglu']).toBeCloseTo(2 * 0.158655253931457051, 15);
    expect(f['gluExampleSwiglu']).toBeCloseTo(2 * 0.26894142136999512, 15);
    expect(f['gluExampleGlu']).toBeCloseTo(-2 * 0.26894142136999512, 15);
    expect(Object.is(f['gluExampleReglu'], -0)).toBe(true);
    expect(f['ffnPlainHidden1024']).toBe(4096);
    expect(f['ffnGatedHidden1024']).toBe(2731);
    expect(f['ffnGatedExtra1024']).toBe(3 * 1024 * 2731 - 2 * 1024 * 4096);
    expect(f['ffnGatedExtra1024']).toBe(1024);
  });

  it('proseFacts() holds the registry facts and the GLU facts under distinct names', () => {
    const all = proseFacts();
    const registry = allFacts();
    const own = gluFacts();
    for (const name of Object.keys(own)) expect(Object.hasOwn(registry, name), name).toBe(false);
    expect(Object.keys(all).length).toBe(Object.keys(registry).length + Object.keys(own).length);
    expect(all['gluExampleGeglu']).toBe(own['gluExampleGeglu']);
    expect(all['geluMinY']).toBe(registry['geluMinY']);
  });
});

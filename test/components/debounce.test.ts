import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '../../src/components/debounce';

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, `ms` after the last of a burst of calls', () => {
    const fn = vi.fn();
    const later = debounce(fn, 150);
    for (let i = 0; i < 10; i++) {
      later();
      vi.advanceTimersByTime(100);
    }
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(49);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('sets one timer per burst, not one per call', () => {
    const spy = vi.spyOn(globalThis, 'setTimeout');
    const later = debounce(() => undefined, 150);
    for (let i = 0; i < 50; i++) later();
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('flush() runs a pending call at once and only then', () => {
    const fn = vi.fn();
    const later = debounce(fn, 150);
    later.flush();
    expect(fn).not.toHaveBeenCalled();
    later();
    later.flush();
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

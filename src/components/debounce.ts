/** A trailing debounce whose pending call can also be run at once. */
export interface Debounced {
  (): void;
  /** Runs the pending call now (nothing when none is pending). */
  flush(): void;
}

/**
 * Runs `fn` once `ms` milliseconds have passed without another call. A call only moves the
 * deadline; the timer re-arms itself when it fires early. A slider moved sixty times a second
 * then sets one timer per pause instead of clearing and setting one per move.
 */
export function debounce(fn: () => void, ms: number): Debounced {
  let deadline = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    const wait = deadline - Date.now();
    if (wait > 0) {
      timer = setTimeout(fire, wait);
      return;
    }
    timer = undefined;
    fn();
  };
  const call = () => {
    deadline = Date.now() + ms;
    timer ??= setTimeout(fire, ms);
  };
  call.flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    fn();
  };
  return call;
}

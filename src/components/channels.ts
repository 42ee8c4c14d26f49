/**
 * Typed messages between the islands of one page. Islands are bundled apart (the console's
 * live part loads by URL), so a channel keeps its last message on `document`, where every
 * bundle finds it: an island that starts late still reads the state it missed. Browser-only.
 */
import type { ParamValues } from '../lib/math';

/** One named channel: publish, read the last message, subscribe. */
export interface Channel<T> {
  publish(message: T): void;
  latest(): T | undefined;
  subscribe(listener: (message: T) => void): void;
}

const store = Symbol.for('act-channels');
type Store = Map<string, unknown>;

function lastMessages(): Store {
  const holder = document as Document & { [store]?: Store };
  holder[store] ??= new Map();
  return holder[store];
}

/** The channel called `name` (the event type its messages travel as). */
export function channel<T>(name: string): Channel<T> {
  return {
    publish(message) {
      lastMessages().set(name, message);
      document.dispatchEvent(new CustomEvent(name, { detail: message }));
    },
    latest: () => lastMessages().get(name) as T | undefined,
    subscribe(listener) {
      document.addEventListener(name, (e) => listener((e as CustomEvent<T>).detail));
    },
  };
}

/** The explorer's parameters of the page's activation (the console's module follows them). */
export const viewChannel = channel<{ params: ParamValues }>('act-view');

/** The console's input values (the plots mark them on the page's curve). */
export const inputsChannel = channel<readonly number[]>('act-inputs');

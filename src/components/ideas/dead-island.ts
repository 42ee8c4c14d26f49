import { mountFigure } from './island';
import { renderDead } from './dead-view';

/** Upgrades `<act-idea-dead>`: input shift, α and seed controls (URL keys deadShift, deadAlpha, deadSeed). */
export function upgrade(el: HTMLElement): void {
  mountFigure(el, ['deadShift', 'deadAlpha', 'deadSeed'], renderDead);
}

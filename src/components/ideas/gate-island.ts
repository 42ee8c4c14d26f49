import { mountFigure } from './island';
import { renderGate } from './gate-view';

/** Upgrades `<act-idea-gate>`: sample count, probe and seed controls, URL keys mcN, mcX, mcSeed. */
export function upgrade(el: HTMLElement): void {
  mountFigure(el, ['mcSeed', 'mcN', 'mcX'], renderGate);
}

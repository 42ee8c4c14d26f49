import { mountFigure } from './island';
import { renderApprox } from './approx-view';

/** Upgrades `<act-idea-approx>`: the probe slider (URL key apX) moves across both panels. */
export function upgrade(el: HTMLElement): void {
  mountFigure(el, ['apX'], renderApprox);
}

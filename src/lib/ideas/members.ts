import { activation, activationIds, isActivationId, type ActivationId, type IdeaId } from '../math';

/** The activations whose registry entry lists an idea figure, in the site's order. */
export function ideaMembers(idea: IdeaId): ActivationId[] {
  return activationIds.filter((id) => activation(id).ideas.includes(idea));
}

/**
 * The activation a figure highlights: `focus` when it is an id whose entry lists the figure,
 * otherwise none (the comparison page passes none; a figure never trusts what it is given).
 */
export function ideaFocus(idea: IdeaId, focus: unknown): ActivationId | undefined {
  return isActivationId(focus) && activation(focus).ideas.includes(idea) ? focus : undefined;
}

/** `ids` in the site's order, each once. */
export function inSiteOrder(ids: Iterable<ActivationId>): ActivationId[] {
  const wanted = new Set(ids);
  return activationIds.filter((id) => wanted.has(id));
}

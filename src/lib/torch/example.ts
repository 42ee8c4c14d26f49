/** The example every function page runs: `torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0])`. */
export const exampleValues: readonly number[] = [-3, -1, 0, 1, 3];

/** The example's text in the console's editable field. */
export const exampleText = '-3.0, -1.0, 0.0, 1.0, 3.0';

// The live PyTorch console. Source of truth for printed text: test/fixtures/torch_print_public.json
// (real PyTorch 1.13); for α = 0.2, float32 products -3·0.2 = -0.6000 and -1·0.2 = -0.2000 at 4 digits.
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './pages';

const output = (page: Page) => page.locator('torch-console pre.torch-output');
const codeLine = (page: Page, n: number) => page.locator('torch-console [data-code]:not([hidden]) .line').nth(n - 1);

test('typing a tensor prints what PyTorch prints and moves the plot markers', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/en/gelu/');
  const field = page.getByLabel('Input values (a Python list or a torch.tensor expression)');
  await field.fill('[1.0, 2.0, 3.0]');
  // Fixture case ints_pos, module nn.GELU().
  await expect(output(page)).toHaveText('Input: tensor([1., 2., 3.])\nOutput: tensor([0.8413, 1.9545, 2.9960])');
  await expect(codeLine(page, 7)).toHaveText('input_data = torch.tensor([1.0, 2.0, 3.0])');
  await expect(page.locator('svg[data-chart="f"] [data-inputs] .input-mark')).toHaveCount(3);
  expect(errors).toEqual([]);
});

test('a bad input shows a translated error with its position and keeps the last output', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/fr/relu/');
  const field = page.locator('torch-console textarea');
  await field.fill('[1.0, 2.0');
  const message = page.locator('torch-console [data-error]');
  await expect(message).toContainText('position 10');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(output(page)).toHaveText(
    'Input: tensor([-3., -1.,  0.,  1.,  3.])\nOutput: tensor([0., 0., 0., 1., 3.])',
  );
  await field.fill('-1.0, 0.5');
  await expect(message).toBeEmpty();
  await expect(output(page)).toHaveText('Input: tensor([-1.0000,  0.5000])\nOutput: tensor([0.0000, 0.5000])');
  expect(errors).toEqual([]);
});

test('-inf on SiLU prints nan like PyTorch and points at the note that explains it', async ({ page }) => {
  await page.goto('/en/silu/');
  await page.locator('torch-console textarea').fill("float('-inf'), 1.0");
  // PyTorch 1.13: an integer-valued input prints as `1.`; SiLU(-inf) = -inf / (1 + inf) → nan; SiLU(1) = 0.7311 (fixture seed_1d).
  await expect(output(page)).toHaveText('Input: tensor([-inf, 1.])\nOutput: tensor([   nan, 0.7311])');
  await expect(page.locator('[data-nan-note]')).toHaveAttribute('data-active', '');
});

test('markup typed into the field stays text', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/en/silu/');
  await page.locator('torch-console textarea').fill('<img src=x onerror=alert(1)>');
  // The echoed character sits in bidi isolates (U+2068 … U+2069).
  await expect(page.locator('torch-console [data-error]')).toContainText('“\u2068<\u2069”');
  await expect(page.locator('torch-console img')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the gradient option prints input_data.grad and shows the backward() lines', async ({ page }) => {
  await page.goto('/en/relu/');
  await page.getByLabel('Also show the gradient').check();
  // Fixture case grad_seed (nn.ReLU()) for Input/Output; ReLU' is 0 at and below 0.
  await expect(output(page)).toHaveText(
    'Input: tensor([-3., -1.,  0.,  1.,  3.], requires_grad=True)\nOutput: tensor([0., 0., 0., 1., 3.], grad_fn=<ReluBackward0>)\nGrad: tensor([0., 0., 0., 1., 1.])',
  );
  await expect(page.locator('torch-console [data-code="grad"]')).toBeVisible();
  await expect(codeLine(page, 7)).toHaveText(
    'input_data = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0], requires_grad=True)',
  );
});

test('a link with alpha sets the module argument and the output at once', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/ja/leaky-relu/?alpha=0.2');
  await expect(codeLine(page, 5)).toHaveText('activation = nn.LeakyReLU(negative_slope=0.2)');
  await expect(output(page)).toHaveText(
    'Input: tensor([-3., -1.,  0.,  1.,  3.])\nOutput: tensor([-0.6000, -0.2000,  0.0000,  1.0000,  3.0000])',
  );
  expect(errors).toEqual([]);
});

test('switching GELU to the tanh form in the explorer switches the module', async ({ page }) => {
  await page.goto('/en/gelu/');
  await page.locator('act-explorer input[data-ctl="approx"][value="tanh"]').check();
  await expect(codeLine(page, 5)).toHaveText("activation = nn.GELU(approximate='tanh')");
  // Fixture case seed_1d, nn.GELU(approximate='tanh').
  await expect(output(page)).toHaveText(
    'Input: tensor([-3., -1.,  0.,  1.,  3.])\nOutput: tensor([-0.0036, -0.1588,  0.0000,  0.8412,  2.9964])',
  );
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the example and its PyTorch output are there, the inert form and copy button are not', async ({ page }) => {
    await page.goto('/tr/sigmoid/');
    await expect(output(page)).toHaveText(
      'Input: tensor([-3., -1.,  0.,  1.,  3.])\nOutput: tensor([0.0474, 0.2689, 0.5000, 0.7311, 0.9526])',
    );
    await expect(page.locator('torch-console form')).toBeHidden();
    await expect(page.locator('torch-console [data-copy]')).toBeHidden();
  });
});

test('with script, the console and the copy button are there from the first paint: the island does not show them', async ({
  page,
}) => {
  // Shown by CSS (`scripting`), not by the island, so that starting it lays nothing out again.
  await page.route(/\/_astro\/TorchExample\..*\.js$/, (route) => route.abort());
  await page.goto('/en/gelu/');
  await expect(page.locator('torch-console form')).toBeVisible();
  await expect(page.locator('torch-console [data-copy]')).toBeVisible();
});

test('framework tabs switch without script and state the computed default differences', async ({ page }) => {
  await page.goto('/en/gelu/');
  const jaxPanel = page.locator('.fw-panel[data-fw="jax"]');
  await expect(jaxPanel).toBeHidden();
  await page.locator('.fw-choice label', { hasText: 'JAX' }).click();
  await expect(jaxPanel).toBeVisible();
  await expect(jaxPanel).toContainText('jax.nn.gelu(x, approximate=False)');
  await expect(jaxPanel).toContainText('Default: approximate=True');
  // |GELU_tanh(-3) - GELU(-3)| = 4.1229e-4 (mpmath), the largest difference on the example tensor.
  await expect(jaxPanel).toContainText('by up to 4.12 × 10⁻⁴ (at x = −3.0)');
  await expect(page.locator('.fw-panel[data-fw="pytorch"]')).toBeHidden();
});

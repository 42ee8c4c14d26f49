// Reference QR symbols for test/lib/qr/encode.test.ts, made by libqrencode (Debian's
// `qrencode`: apt-get install qrencode), a widely used independent encoder: byte mode (-8),
// level M, no quiet zone, the smallest version that fits. Run `node scripts/qr-fixtures.mjs`
// after changing the list; the output is committed, so the tests never need the tool.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const url = 'https://activations.example.org';
const texts = [
  'a',
  'https://example.org/',
  `${url}/en/gelu/`,
  `${url}/ja/gelu/?x=-1.3`,
  `${url}/fr/leaky-relu/?x=-1.3&alpha=0.15&range=6`,
  `${url}/tr/silu/?x=0.75&beta=1.8&range=3&compare=gelu,relu,mish`,
  `${url}/zh/elu/?x=-2.5&alpha=1.5&range=5&deriv=0&compare=gelu,relu,silu,selu#formulas`,
  'ガウス誤差線形ユニット (GELU) — x·Φ(x)',
  `${url}/en/gelu/?x=-1.3&approx=tanh&range=6&compare=relu,silu,mish,elu,selu,softplus,hardswish,sigmoid,tanh`,
  `${url}/en/gelu/?x=-1.3&approx=tanh&range=6&compare=relu,silu,mish,elu,selu,softplus,hardswish,sigmoid,tanh&mcSeed=12345&mcN=200`,
  'x'.repeat(180),
  'y'.repeat(181),
  'z'.repeat(213),
];

const version = execFileSync('qrencode', ['--version'], { encoding: 'utf8' }).trim().split('\n')[0];
const cases = texts.map((text) => {
  const ascii = execFileSync('qrencode', ['-l', 'M', '-8', '-m', '0', '-t', 'ASCII', text], { encoding: 'utf8' });
  // Two characters per module: '##' dark, '  ' light.
  const rows = ascii
    .split('\n')
    .filter((r) => r.length > 0)
    .map((r) => r.replace(/##/g, '1').replace(/ {2}/g, '0'));
  return { text, rows };
});
writeFileSync(
  'test/fixtures/qr-qrencode.json',
  `${JSON.stringify({ generator: `${version}: qrencode -l M -8 -m 0 -t ASCII`, cases }, null, 1)}\n`,
);
console.log(`${cases.length} symbols written, sizes ${cases.map((c) => c.rows.length).join(', ')}`);

// A tiny static server for dist/ on 127.0.0.1 (tests and the benchmark): no dependencies,
// directory index, the site's own 404 page, correct content types, gzip for text (as every
// static host compresses: the benchmark's bytes on the wire), and the headers that
// dist/_headers asks for (as Netlify or Cloudflare Pages would send them).
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[3] ?? 'dist');
const port = Number(process.argv[2] ?? 4329);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Rules of a `_headers` file: a path pattern (`*` = anything, `:name` = one path segment) and
 * its headers.
 */
async function readHeaderRules() {
  let text = '';
  try {
    text = await readFile(join(root, '_headers'), 'utf8');
  } catch {
    return [];
  }
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(
        `^${line
          .trim()
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')
          .replace(/:[A-Za-z]\w*/g, '[^/]+')}$`,
      );
      rules.push({ pattern, headers: {} });
    } else if (rules.length > 0) {
      const at = line.indexOf(':');
      rules[rules.length - 1].headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}
const headerRules = await readHeaderRules();
/**
 * Every matching rule's headers, a header set by several joined with ", " (as Cloudflare Pages
 * does): a page that two rules give a policy gets two policies here too, and the tests see it.
 */
const headersFor = (path) => {
  const out = {};
  for (const rule of headerRules.filter((r) => r.pattern.test(path)))
    for (const [name, value] of Object.entries(rule.headers))
      out[name] = name in out ? `${out[name]}, ${value}` : value;
  return out;
};

async function resolveFile(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, clean);
  if (!file.startsWith(root)) return null;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return null;
  }
}

const compressible = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;

/** Sends a body, gzipped when the client accepts it and the type is text. */
function send(req, res, status, headers, body) {
  const gzip =
    compressible.test(headers['content-type'] ?? '') && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  const out = gzip ? gzipSync(body, { level: 9 }) : body;
  res.writeHead(status, {
    ...headers,
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    'content-length': out.length,
  });
  res.end(out);
}

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const file = await resolveFile(url.pathname);
  if (file) {
    const headers = {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      ...headersFor(url.pathname),
    };
    send(req, res, 200, headers, await readFile(file));
    return;
  }
  const lang = url.pathname.split('/')[1];
  const notFound = (await resolveFile(`/${lang}/404/index.html`)) ?? (await resolveFile('/404.html'));
  const headers = { 'content-type': 'text/html; charset=utf-8', ...headersFor(url.pathname) };
  send(req, res, 404, headers, notFound ? await readFile(notFound) : Buffer.from('Not found'));
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));

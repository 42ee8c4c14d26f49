import type { APIRoute } from 'astro';
import { rootPath } from '../i18n/paths';

/** robots.txt: everything may be crawled; the sitemap's absolute URL follows SITE_URL and BASE_PATH. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${rootPath()}sitemap-index.xml`, site ?? 'http://localhost/').href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'content-type': 'text/plain' },
  });
};

import type { APIRoute } from 'astro';
import { defaultLocale, langTag } from '../i18n/locales';
import { rootPath } from '../i18n/paths';
import { useTranslations } from '../i18n';

const t = useTranslations(defaultLocale);

/** The web app manifest, with every URL under the configured base path. */
export const GET: APIRoute = () => {
  const base = rootPath();
  const manifest = {
    name: t('site.name'),
    short_name: 'Activations',
    description: t('index.description'),
    lang: langTag(defaultLocale),
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1f5fbf',
    icons: [
      { src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml' },
      { src: `${base}icon-192.png`, sizes: '192x192', type: 'image/png' },
      { src: `${base}icon-512.png`, sizes: '512x512', type: 'image/png' },
      { src: `${base}icon-maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/manifest+json' } });
};

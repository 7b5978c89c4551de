/**
 * "Download as a website": the built app plus one dataset as its default graph, in a folder
 * anyone can upload to a static host. Pure (no DOM, no React): the browser and `npm run
 * publish` call the same function, so both make the same folder.
 */
import type { Dataset, Lang } from '../../model/schema';
import { META_GRAPH, META_LANG } from './meta';

/** The list of the app's own files, written by the build next to index.html (vite.config.ts). */
export const SITE_MANIFEST = 'site-files.json';
export const SITE_GRAPH = 'graph.json';
export const SITE_SOCIAL = 'social.png';
export const SITE_ARABIC_ENTRY = 'ar.html';

export interface SiteInput {
  /** The app's files by path relative to the folder ("index.html", "assets/index-….js"). */
  appFiles: ReadonlyMap<string, Uint8Array>;
  dataset: Dataset;
  /** The dataset as published (pretty JSON). */
  datasetJson: string;
  /** The social preview (1200×630 PNG), when it could be drawn. */
  social?: Uint8Array;
  /** For README.txt. */
  publishedOn: Date;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The folder's files, by path. */
export function buildSite(input: SiteInput): Map<string, Uint8Array> {
  const { appFiles, dataset } = input;
  const index = appFiles.get('index.html');
  if (!index) throw new Error('index.html is missing from the app files');
  const html = decoder.decode(index);
  const files = new Map<string, Uint8Array>();
  for (const [path, bytes] of appFiles) {
    // The app's own manifest and a previous publication's generated files are remade below.
    if (GENERATED.has(path)) continue;
    files.set(path, bytes);
  }
  const social = input.social ? SITE_SOCIAL : null;
  files.set('index.html', encoder.encode(entryPage(html, dataset, 'en', social)));
  files.set(SITE_ARABIC_ENTRY, encoder.encode(entryPage(html, dataset, 'ar', social)));
  files.set(SITE_GRAPH, encoder.encode(input.datasetJson));
  if (input.social) files.set(SITE_SOCIAL, input.social);
  files.set('README.txt', encoder.encode(readme(dataset, input.publishedOn)));
  files.set('_headers', encoder.encode(hostHeaders(cspOf(html))));
  const listed = [...files.keys(), SITE_MANIFEST].sort();
  files.set(SITE_MANIFEST, encoder.encode(`${JSON.stringify(listed, null, 2)}\n`));
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const GENERATED = new Set([
  SITE_MANIFEST,
  SITE_GRAPH,
  SITE_SOCIAL,
  SITE_ARABIC_ENTRY,
  'README.txt',
  '_headers',
]);

function escapeAttr(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The description, in one line of at most 300 characters (what previews show). */
function summary(text: string | undefined): string {
  const line = (text ?? '').replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 299).trimEnd()}…` : line;
}

function textIn(texts: Partial<Record<Lang, string>> | undefined, lang: Lang): string {
  return texts?.[lang] || texts?.[lang === 'ar' ? 'en' : 'ar'] || '';
}

/**
 * index.html (English) or ar.html (Arabic): the dataset's title and description for the tab,
 * search engines and link previews, and the meta tags that make the dataset the default graph.
 */
export function entryPage(
  html: string,
  dataset: Dataset,
  lang: Lang,
  social: string | null,
): string {
  const title = textIn(dataset.title, lang) || dataset.id;
  const description = summary(textIn(dataset.description, lang));
  const head = [
    `<meta name="${META_GRAPH}" content="${SITE_GRAPH}" />`,
    `<meta name="${META_LANG}" content="${lang}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:title" content="${escapeAttr(title)}" />`,
    `<meta property="og:description" content="${escapeAttr(description)}" />`,
    `<meta property="og:locale" content="${lang === 'ar' ? 'ar_AR' : 'en_US'}" />`,
    `<meta name="twitter:card" content="${social ? 'summary_large_image' : 'summary'}" />`,
    `<meta name="twitter:title" content="${escapeAttr(title)}" />`,
    `<meta name="twitter:description" content="${escapeAttr(description)}" />`,
    ...(social
      ? [
          `<meta property="og:image" content="${social}" />`,
          `<meta property="og:image:width" content="1200" />`,
          `<meta property="og:image:height" content="630" />`,
          `<meta name="twitter:image" content="${social}" />`,
        ]
      : []),
    `<link rel="alternate" hreflang="en" href="index.html" />`,
    `<link rel="alternate" hreflang="ar" href="${SITE_ARABIC_ENTRY}" />`,
  ].join('\n    ');
  return (
    html
      .replace(/<html\b[^>]*>/, `<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`)
      .replace(/<title>[\s\S]*?<\/title>/, `<title>${escapeText(title)}</title>`)
      .replace(
        /<meta\s+name="description"[\s\S]*?\/?>/,
        `<meta name="description" content="${escapeAttr(description)}" />`,
      )
      .replace(/<meta name="relgraph:[^>]*>\s*/g, '')
      // The build's poster pictures the bundled dataset, not this one (src/graph/poster.ts).
      .replace(/<!-- relgraph:poster -->[\s\S]*?<!-- \/relgraph:poster -->\s*/, '')
      .replace(/<(?:meta property="og:|meta name="twitter:|link rel="alternate")[^>]*>\s*/g, '')
      .replace('</head>', `  ${head}\n  </head>`)
  );
}

/** The policy of the app's own meta tag, so the header and the tag never disagree. */
export function cspOf(html: string): string {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  // The attribute is HTML: vite writes ' as &#39;, which a header must carry as itself.
  return match?.[1] ? decodeEntities(match[1]) : "default-src 'self'";
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|quot|apos|lt|gt);/gi, (_, code: string) => {
    const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
    const lower = code.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number.parseInt(lower.slice(1), 10));
    return named[lower] ?? _;
  });
}

/**
 * `_headers` (Netlify, Cloudflare Pages): the meta tag's policy plus what only a header can
 * carry. frame-ancestors * lets any site embed the graph (the embed's purpose); README.txt says
 * how to limit it. Data files get CORS for sandboxed (opaque-origin) embeds.
 */
export function hostHeaders(csp: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${csp}; frame-ancestors *`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
    '/*.json',
    '  Access-Control-Allow-Origin: *',
    '',
  ].join('\n');
}

/** Parses `_headers`: path pattern → header lines (the format's rules: indented lines). */
export function parseHostHeaders(text: string): Map<string, [string, string][]> {
  const rules = new Map<string, [string, string][]>();
  let current: [string, string][] | null = null;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = [];
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(':');
    if (!current || colon < 0) throw new Error(`_headers: not a header line: ${line}`);
    current.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function readme(dataset: Dataset, publishedOn: Date): string {
  const day = publishedOn.toISOString().slice(0, 10);
  const title = (lang: Lang) => textIn(dataset.title, lang) || dataset.id;
  return `${title('en')}
${'='.repeat(Math.min(72, title('en').length))}

A website made with Relgraph on ${day}: the graph explorer with this dataset (${SITE_GRAPH})
as its default graph. index.html opens it in English, ${SITE_ARABIC_ENTRY} in Arabic.

Put it online (any static host; the folder works from any sub-path)
- GitHub Pages: create a repository, upload every file of this folder (keep the folders), then
  Settings > Pages > Deploy from a branch > main, / (root). The address is
  https://<user>.github.io/<repository>/. GitHub Pages cannot set the headers in _headers;
  the page still works, with its own security policy in index.html.
- Netlify or Cloudflare Pages: drag this folder onto "Deploy manually" (Netlify) or "Upload
  assets" (Cloudflare Pages). Both read _headers.
- Any web server: copy the folder; serve .json as application/json and .js as text/javascript.
Opening index.html straight from the disk does not work in most browsers: the page says so.
To look at it on your computer first: python3 -m http.server 8000 in this folder, then open
http://localhost:8000/.

Embed it in another page (replace ADDRESS with where you put it):
<iframe src="ADDRESS/index.html?embed=1" title="${title('en').replace(/"/g, "'")}"
        style="width:100%;height:560px;border:0" loading="lazy"></iframe>
For the Arabic interface use ADDRESS/${SITE_ARABIC_ENTRY}?embed=1.
Link previews: og:image in index.html says "${SITE_SOCIAL}"; some sites need the full address
(ADDRESS/${SITE_SOCIAL}) there.
Who may embed it: _headers allows every site (frame-ancestors *). To allow only your own
sites, write them instead of *, e.g. frame-ancestors https://example.org.

Publish a correction: change the dataset, add an entry to its "revisions" (date and what
changed), make the website again and replace the old files. Addresses of entities, lines and
story steps keep working as long as their ids stay the same.

----------------------------------------------------------------------------------------------

${title('ar')}

موقع أُنشئ بـ Relgraph بتاريخ ${day}: مستكشف الشبكة مع مجموعة البيانات هذه (${SITE_GRAPH}) شبكةً
افتراضية. يفتحه index.html بالإنجليزية و${SITE_ARABIC_ENTRY} بالعربية.

نشره على الإنترنت (أي استضافة ثابتة؛ يعمل المجلد من أي مسار فرعي)
- GitHub Pages: أنشئ مستودعًا وارفع كل ملفات هذا المجلد (مع المجلدات الفرعية)، ثم من
  Settings > Pages اختر Deploy from a branch ثم main و/ (root). لا يستطيع GitHub Pages ضبط
  الترويسات الموجودة في _headers، وتبقى الصفحة تعمل بسياسة الأمان المكتوبة داخل index.html.
- Netlify أو Cloudflare Pages: اسحب هذا المجلد إلى "Deploy manually" أو "Upload assets"؛
  وكلاهما يقرأ _headers.
- أي خادم ويب: انسخ المجلد كما هو.
لا يعمل فتح index.html مباشرة من القرص في معظم المتصفحات، والصفحة تقول ذلك. لمعاينته على
حاسوبك: شغّل python3 -m http.server 8000 داخل المجلد ثم افتح http://localhost:8000/.

تضمينه في صفحة أخرى (ضع عنوان الموقع مكان ADDRESS):
<iframe src="ADDRESS/${SITE_ARABIC_ENTRY}?embed=1" style="width:100%;height:560px;border:0"></iframe>

نشر تصحيح: عدّل البيانات وأضف إلى "revisions" تاريخ التعديل وما تغيّر، ثم أنشئ الموقع من جديد
واستبدل الملفات القديمة. تبقى روابط الكيانات والخطوط وخطوات القصة صالحة ما دامت معرّفاتها ثابتة.
`;
}

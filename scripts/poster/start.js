// Runs inline at the top of <body> (its hash is in the page's CSP), before anything is drawn:
// the page's language and direction are known at once, so the poster shows its labels in the
// reader's language; the bundled dataset and the fonts start downloading now instead of after
// ~300 KB of script; and a page that will show another graph never shows this one's poster.
// The same rules as src/app/bootstrap.ts (initialLang, siteDefaults) and src/state/url.ts
// (readParams: the hash wins over the query); tests/unit/app/poster-start.test.ts keeps them in
// step. ASSETS is replaced at build time (scripts/poster/plugin.ts): the fonts, for any graph;
// the bundled dataset (`dataset: true`), only when it is the one the page will show; and the
// strings of the page's language (`lang`), a module the app imports first thing.
/* global document, location, navigator, URLSearchParams, ASSETS */
(function (doc, loc, nav, assets) {
  var params = new URLSearchParams(loc.search);
  new URLSearchParams(loc.hash.replace(/^#/, '')).forEach(function (value, key) {
    params.set(key, value);
  });
  var meta = function (name) {
    var element = doc.querySelector('meta[name="' + name + '"]');
    var content = element && element.getAttribute('content');
    return content ? content.trim() : '';
  };
  var lang = params.get('lang');
  if (lang !== 'ar' && lang !== 'en') lang = meta('relgraph:lang');
  if (lang !== 'ar' && lang !== 'en') {
    lang = (nav.language || '').toLowerCase().indexOf('ar') === 0 ? 'ar' : 'en';
  }
  var root = doc.documentElement;
  root.lang = lang;
  root.dir = lang === 'ar' ? 'rtl' : 'ltr';
  var other = params.get('graph') || params.get('open') === 'session' || meta('relgraph:graph');
  // Opened from the disk, the app cannot run and file-check.js says so: nothing may cover that.
  if (other || loc.protocol === 'file:') root.setAttribute('data-poster', 'off');
  if (loc.protocol === 'file:') return;
  for (var i = 0; i < assets.length; i++) {
    if (other && assets[i].dataset) continue;
    if (assets[i].lang && assets[i].lang !== lang) continue;
    var link = doc.createElement('link');
    link.setAttribute('rel', assets[i].as === 'script' ? 'modulepreload' : 'preload');
    link.setAttribute('href', assets[i].href);
    if (assets[i].as !== 'script') link.setAttribute('as', assets[i].as);
    if (assets[i].type) link.setAttribute('type', assets[i].type);
    // Fonts and fetch() are CORS requests: without it the preload would not be used.
    link.setAttribute('crossorigin', 'anonymous');
    doc.head.appendChild(link);
  }
})(document, location, navigator, ASSETS);

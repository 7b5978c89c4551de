// Opened straight from the disk (file://), browsers refuse the app's module scripts, which
// would leave a blank page: say so and how to serve the folder instead. A classic script, the
// kind browsers still run from file://; it does nothing on a web server.
(function () {
  if (location.protocol !== 'file:') return;
  var show = function () {
    var root = document.getElementById('root');
    if (!root) return;
    root.innerHTML =
      '<main class="file-notice" style="max-width:40rem;margin:3rem auto;padding:0 1rem;font:16px/1.5 system-ui,sans-serif">' +
      '<h1 style="font-size:1.4rem">This page must be opened from a web server</h1>' +
      '<p>Browsers do not run this explorer from a file on the disk. Put the folder on any web host (GitHub Pages, Netlify, Cloudflare Pages, your own server: see README.txt), or, to look at it on this computer, run <code>python3 -m http.server 8000</code> in this folder and open <code>http://localhost:8000/</code>.</p>' +
      '<section dir="rtl" lang="ar">' +
      '<h1 style="font-size:1.4rem">يجب فتح هذه الصفحة من خادم ويب</h1>' +
      '<p>لا تشغّل المتصفحات هذا المستكشف من ملف على القرص. ضع المجلد على أي استضافة ويب (GitHub Pages أو Netlify أو Cloudflare Pages أو خادمك؛ انظر README.txt)، أو لمعاينته على هذا الحاسوب شغّل <code>python3 -m http.server 8000</code> داخل المجلد ثم افتح <code dir="ltr">http://localhost:8000/</code>.</p>' +
      '</section></main>';
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
})();

// Example host page for the Relgraph postMessage API, version 1. See the TSDoc block at the top
// of src/app/embed-api.ts (and the README) for the protocol.
//
// What a careful host does: build the frame URLs with its own origin in `origins=`, accept a
// message only from the frame's window AND the app's origin, check `source`/`version`, and post
// commands with the app's origin as targetOrigin (never '*'). No message text is ever put into
// the page as HTML: the log uses textContent.

const PROTOCOL = { source: 'relgraph', version: 1 };
const appUrl = new URL('../index.html', window.location.href);
const appOrigin = appUrl.origin;

/** @type {Record<'en' | 'ar', HTMLIFrameElement>} */
const frames = {
  en: /** @type {HTMLIFrameElement} */ (document.getElementById('frame-en')),
  ar: /** @type {HTMLIFrameElement} */ (document.getElementById('frame-ar')),
};
const log = /** @type {HTMLOListElement} */ (document.getElementById('log'));
const status = /** @type {HTMLParagraphElement} */ (document.getElementById('status'));
const buttons = /** @type {HTMLButtonElement[]} */ ([
  ...document.querySelectorAll('button[data-command]'),
]);

/** Language the English frame shows now (it changes with "Switch language"). */
let drivenLang = 'en';
const ready = { en: false, ar: false };

/** @param {string} who @param {string} direction @param {Record<string, unknown>} message */
function addEntry(who, direction, message) {
  const { source: _s, version: _v, type, ...fields } = message;
  const item = document.createElement('li');
  item.dataset.frame = who;
  item.dataset.direction = direction;
  item.dataset.type = String(type);
  const time = new Date().toLocaleTimeString('en-GB', { hour12: false });
  const head = document.createElement('strong');
  head.textContent = `${direction === 'out' ? 'host → ' : ''}${who}${direction === 'in' ? ' → host' : ''} · ${String(type)}`;
  const body = document.createElement('code');
  body.textContent = Object.keys(fields).length > 0 ? JSON.stringify(fields) : '';
  const stamp = document.createElement('span');
  stamp.className = 'time';
  stamp.textContent = time;
  item.append(stamp, ' ', head, ' ', body);
  log.prepend(item);
}

if (window.location.origin === 'null') {
  status.textContent =
    'Open this page over http(s): from a file:// address it has no origin the app could allow.';
}

for (const [lang, frame] of Object.entries(frames)) {
  const params = new URLSearchParams({ embed: '1', lang, origins: window.location.origin });
  frame.src = `${appUrl.href}#${params}`;
}

window.addEventListener('message', (event) => {
  // Exact checks: which of our frames sent it, and from the app's origin.
  const who = /** @type {('en' | 'ar')[]} */ (Object.keys(frames)).find(
    (key) => frames[key].contentWindow === event.source,
  );
  if (!who || event.origin !== appOrigin) return;
  const data = event.data;
  if (!data || typeof data !== 'object' || data.source !== PROTOCOL.source) return;
  if (data.version !== PROTOCOL.version) return;
  addEntry(who, 'in', data);
  if (data.type === 'ready') {
    ready[who] = true;
    if (who === 'en') {
      drivenLang = data.lang === 'ar' ? 'ar' : 'en';
      for (const button of buttons) button.disabled = false;
    }
    status.textContent = `Ready: ${Object.keys(ready)
      .filter((key) => ready[/** @type {'en' | 'ar'} */ (key)])
      .join(' and ')}.`;
  }
  if (data.type === 'languageChanged' && who === 'en') drivenLang = data.lang;
});

/** @param {Record<string, unknown>} command */
function send(command) {
  const message = { ...PROTOCOL, ...command };
  frames.en.contentWindow?.postMessage(message, appOrigin);
  addEntry('en', 'out', message);
}

for (const button of buttons) {
  button.addEventListener('click', () => {
    switch (button.dataset.command) {
      case 'select':
        send({ type: 'select', id: button.dataset.id ?? '' });
        break;
      case 'clear':
        send({ type: 'select', id: null });
        break;
      case 'toggleLanguage':
        send({ type: 'setLanguage', lang: drivenLang === 'ar' ? 'en' : 'ar' });
        break;
      case 'fit':
        send({ type: 'fit' });
        break;
    }
  });
}

// A frame that takes the height of its content: the app in autosize mode reports its height,
// and the resizer (MIT, @open-iframe-resizer/core, shipped in vendor/ by the build) sizes the
// iframe to it, now and whenever it changes.
const autoFrame = /** @type {HTMLIFrameElement} */ (document.getElementById('frame-auto'));
autoFrame.src = `${appUrl.href}#${new URLSearchParams({ embed: '1', autosize: '1', lang: 'en' })}`;
import('../vendor/open-iframe-resizer.js')
  .then(({ initialize }) => initialize({}, autoFrame))
  .catch(() => {
    autoFrame.style.height = '480px';
  });

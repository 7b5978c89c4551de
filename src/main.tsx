import type { i18n as I18n } from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { bootstrap } from './app/bootstrap';
import { ErrorBoundary } from './app/ErrorBoundary';
import { StoreContext } from './state/store';
import { dropPoster } from './graph/poster-dom';
import './styles/fonts.css';
import './styles/app.css';
import './styles/print.css';

const { store, i18n: strings } = bootstrap(window);
const root = document.getElementById('root');

function render(i18n: I18n, root: HTMLElement) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary i18n={i18n} store={store}>
          <StoreContext.Provider value={store}>
            <App />
          </StoreContext.Provider>
        </ErrorBoundary>
      </I18nextProvider>
    </StrictMode>,
  );
}

/**
 * The interface's strings did not arrive (offline, or a deploy replaced the chunk): without
 * them i18next has nothing to say, so this one notice is written here, in both languages, as
 * index.html's <noscript> is. Never a blank page.
 */
function stringsMissing(root: HTMLElement) {
  dropPoster(document, false);
  const notice = document.createElement('main');
  notice.className = 'load-errors';
  notice.setAttribute('role', 'alert');
  const lines: [string, string, string][] = [
    [
      'en',
      'ltr',
      'The explorer’s texts could not be loaded. Check the connection and reload the page.',
    ],
    ['ar', 'rtl', 'تعذّر تحميل نصوص المستكشف. تحقّق من الاتصال ثم أعد تحميل الصفحة.'],
  ];
  for (const [lang, dir, text] of lines) {
    const line = document.createElement('p');
    line.lang = lang;
    line.dir = dir;
    line.textContent = text;
    notice.append(line);
  }
  root.replaceChildren(notice);
}

if (root)
  strings.then(
    (i18n) => render(i18n, root),
    () => stringsMissing(root),
  );

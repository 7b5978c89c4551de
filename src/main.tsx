import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { bootstrap } from './app/bootstrap';
import { ErrorBoundary } from './app/ErrorBoundary';
import { StoreContext } from './state/store';
import './styles/fonts.css';
import './styles/app.css';
import './styles/print.css';

const { store, i18n } = bootstrap(window);
const root = document.getElementById('root');
if (root) {
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

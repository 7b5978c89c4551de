import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store';
import { langProps } from './text';
// Its style is in evidence.css, which the first chunk always loads (EntityLink, StatusBadge…).
// Imported here as well, once the editor's lazy chunk used this mark the bundler split the
// first chunk in four (+2.7 kB gzip on every first load).

/**
 * Said beside a text shown in the other language because this one has none: never silently the
 * other language's words.
 */
export function UntranslatedMark({ lang }: { lang: string }) {
  const { t } = useTranslation();
  const ui = useAppStore((s) => s.lang);
  if (lang === ui) return null;
  return (
    // In the reader's language and direction, inside a paragraph in the other one.
    <span className="untranslated-mark" data-testid="untranslated" {...langProps(ui)}>
      {' '}
      ({t('details.untranslated', { lang })})
    </span>
  );
}

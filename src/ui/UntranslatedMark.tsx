import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store';
import { langProps } from './text';
import './evidence.css';

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

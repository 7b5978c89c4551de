import { useTranslation } from 'react-i18next';
import { UI_LANGS } from '../../i18n/langs';
import { useAppStore } from '../../state/store';

/** English / العربية, each name in its own script and language. */
export function LanguageSwitch() {
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  const { t } = useTranslation();
  return (
    <div role="group" aria-label={t('app.language')} className="segmented">
      {UI_LANGS.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          dir={code === 'ar' ? 'rtl' : 'ltr'}
          aria-pressed={lang === code}
          onClick={() => setLang(code)}
        >
          {t(`languages.${code}`)}
        </button>
      ))}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { VIEWS } from '../../state/slices/view';
import { useAppStore } from '../../state/store';

/** Graph or table: the same data, filters, selection and language. */
export function ViewSwitch() {
  const { t } = useTranslation();
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  return (
    <div role="group" aria-label={t('view.label')} className="segmented">
      {VIEWS.map((name) => (
        <button key={name} type="button" aria-pressed={view === name} onClick={() => setView(name)}>
          {t(`view.${name}`)}
        </button>
      ))}
    </div>
  );
}

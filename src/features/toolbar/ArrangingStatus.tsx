import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';

/**
 * While the force layout refines a large graph: how far it is, and Stop (which keeps the
 * arrangement as it is). When it ends, screen readers hear that downloads keep the positions.
 */
export function ArrangingStatus() {
  const { t } = useTranslation();
  const arranging = useAppStore((s) => s.arranging);
  const stop = useAppStore((s) => s.stopArranging);
  // "Arranged" is said once the run ends (state adjusted while rendering, not in an effect).
  const [previous, setPrevious] = useState(arranging);
  const [arranged, setArranged] = useState(false);
  if (previous !== arranging) {
    setPrevious(arranging);
    setArranged(previous !== null && arranging === null);
  }
  return (
    <div className={arranging ? 'arranging' : 'visually-hidden'} data-testid="arranging">
      <span role="status" aria-live="polite">
        {arranging ? t('toolbar.arranging') : arranged ? t('toolbar.arranged') : ''}
      </span>
      {arranging && (
        <>
          <progress
            max={arranging.max}
            value={arranging.iterations}
            aria-label={t('toolbar.arrangingProgress')}
          />
          <button
            type="button"
            className="arranging-stop"
            title={t('toolbar.stopArrangingHint')}
            onClick={stop}
          >
            {t('toolbar.stopArranging')}
          </button>
        </>
      )}
    </div>
  );
}

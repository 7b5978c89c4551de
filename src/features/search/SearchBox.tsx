import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../model/search';
import { useAppStore } from '../../state/store';
import { useConnectEntity } from '../paths/draft';
import { EntityCombobox } from './EntityCombobox';
import { useSlashFocus } from './useSlashFocus';

/**
 * The one search box of the top bar: finds an entity by any of its names in either language,
 * selects it and centres the graph on it (the details open on their own). Shift+Enter, or the
 * small button of a match, uses it as an end of "How are these connected?". "/" focuses it.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const select = useAppStore((s) => s.select);
  const moveCamera = useAppStore((s) => s.moveCamera);
  const connect = useConnectEntity();
  const inputRef = useRef<HTMLInputElement>(null);
  useSlashFocus(inputRef);

  const choose = useCallback(
    (hit: SearchHit) => {
      select({ type: 'node', id: hit.id });
      moveCamera('center');
    },
    [select, moveCamera],
  );

  return (
    <div className="search" role="search">
      <EntityCombobox
        label={t('search.label')}
        placeholder={t('search.placeholder')}
        hint={t('search.hint')}
        onChoose={choose}
        onSecondary={(hit) => connect(hit.id)}
        secondaryLabel={t('search.connect')}
        inputRef={inputRef}
        shortcut="/"
      />
    </div>
  );
}

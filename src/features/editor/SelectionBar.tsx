import { useTranslation } from 'react-i18next';
import { langProps } from '../../ui/text';
import type { TextSelection } from './reader-selection';

interface Props {
  selection: TextSelection | null;
  language: string;
  onEvidence: () => void;
  onEntity: () => void;
}

/** What is selected in the source, and what can be made of it. */
export function SelectionBar({ selection, language, onEvidence, onEntity }: Props) {
  const { t } = useTranslation();
  return (
    <div className="selection-bar" role="group" aria-label={t('editor.reader.selection')}>
      <p className="selection-text" aria-live="polite">
        {selection ? (
          <>
            {t('editor.reader.selected', { n: selection.paragraph })}{' '}
            <q {...langProps(language)}>{selection.text}</q>
          </>
        ) : (
          t('editor.reader.selectHint')
        )}
      </p>
      <div className="selection-actions">
        <button type="button" className="primary" disabled={!selection} onClick={onEvidence}>
          {t('editor.reader.useAsEvidence')}
        </button>
        <button type="button" disabled={!selection} onClick={onEntity}>
          {t('editor.reader.newEntity')}
        </button>
      </div>
    </div>
  );
}

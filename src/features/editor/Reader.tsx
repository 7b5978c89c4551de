import { useTranslation } from 'react-i18next';
import type { Source } from '../../model/schema';
import { langProps } from '../../ui/text';
import { selectionIn, type TextSelection } from './reader-selection';

interface Props {
  source: Source;
  /** Called on every change of the selection inside one of the paragraphs (null: none). */
  onSelect: (selection: TextSelection | null) => void;
}

/**
 * A source paragraph by paragraph, in its own language and direction. Each paragraph is a
 * read-only text box: select with the mouse, a finger or the keyboard (Tab to a paragraph,
 * Shift + arrows), and what is selected is exactly what the source says.
 */
export function Reader({ source, onSelect }: Props) {
  const { t } = useTranslation();
  const paragraphs = source.paragraphs ?? [];
  const text = langProps(source.language);
  if (paragraphs.length === 0) {
    return <p className="reader-empty">{t('editor.reader.noText')}</p>;
  }
  return (
    <ol className="reader" aria-label={t('editor.reader.label')} {...text}>
      {paragraphs.map((paragraph, i) => (
        <li key={i} className="reader-paragraph">
          <span className="reader-number" aria-hidden="true">
            ¶{i + 1}
          </span>
          <textarea
            readOnly
            className="reader-text"
            value={paragraph}
            aria-label={t('editor.reader.paragraph', { n: i + 1 })}
            data-paragraph={i + 1}
            {...text}
            onSelect={(event) => {
              const field = event.currentTarget;
              onSelect(
                selectionIn(
                  source.id,
                  i + 1,
                  field.value,
                  field.selectionStart,
                  field.selectionEnd,
                ),
              );
            }}
          />
        </li>
      ))}
    </ol>
  );
}

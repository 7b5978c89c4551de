import { useEffect, useRef, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../model/schema';
import { langProps } from '../../ui/text';
import { selectionIn, type TextSelection } from './reader-selection';

interface Props {
  source: Source;
  /** Called on every change of the selection inside one of the paragraphs (null: none). */
  onSelect: (selection: TextSelection | null) => void;
}

/** The source's words are not the editor's to change. */
const refuseChange = (event: SyntheticEvent) => event.preventDefault();
/** React keeps a controlled field's value: whatever slipped past refuseChange is undone. */
const keepText = () => undefined;

/**
 * A source paragraph by paragraph, in its own language and direction. Each paragraph is a
 * text box that keeps its text: select with the mouse, a finger or the keyboard (Tab to a paragraph,
 * Shift + arrows), and what is selected is exactly what the source says.
 */
export function Reader({ source, onSelect }: Props) {
  const { t } = useTranslation();
  const paragraphs = source.paragraphs ?? [];
  const text = langProps(source.language);
  const read = (field: HTMLTextAreaElement, paragraph: number) =>
    onSelect(
      selectionIn(source.id, paragraph, field.value, field.selectionStart, field.selectionEnd),
    );
  // Selections made any other way (a screen reader, a script, the browser's own "select
  // all"): selectionchange says so, at the document or at the field.
  const listRef = useRef<HTMLOListElement | null>(null);
  const readRef = useRef(read);
  useEffect(() => {
    readRef.current = read;
  });
  useEffect(() => {
    const onChange = () => {
      const field = document.activeElement;
      if (!(field instanceof HTMLTextAreaElement) || !listRef.current?.contains(field)) return;
      const paragraph = Number(field.dataset.paragraph);
      if (Number.isInteger(paragraph)) readRef.current(field, paragraph);
    };
    document.addEventListener('selectionchange', onChange);
    const list = listRef.current;
    list?.addEventListener('selectionchange', onChange, true);
    return () => {
      document.removeEventListener('selectionchange', onChange);
      list?.removeEventListener('selectionchange', onChange, true);
    };
  }, []);
  if (paragraphs.length === 0) {
    return <p className="reader-empty">{t('editor.reader.noText')}</p>;
  }
  return (
    <ol ref={listRef} className="reader" aria-label={t('editor.reader.label')} {...text}>
      {paragraphs.map((paragraph, i) => (
        <li key={i} className="reader-paragraph">
          <span className="reader-number" aria-hidden="true">
            ¶{i + 1}
          </span>
          {/* Not `readOnly`: Chromium gives a read-only field no keyboard selection (Shift +
              arrows). The text is kept as it is instead: no input, paste, cut or drop gets
              through, and no on-screen keyboard opens for a finger selecting words. */}
          <textarea
            aria-readonly="true"
            inputMode="none"
            spellCheck={false}
            className="reader-text"
            value={paragraph}
            aria-label={t('editor.reader.paragraph', { n: i + 1 })}
            data-paragraph={i + 1}
            {...text}
            // Chromium fires "select" for the mouse but not always for Shift+arrows: the
            // selection is read again after every key and pointer release too.
            onChange={keepText}
            onBeforeInput={refuseChange}
            onPaste={refuseChange}
            onCut={refuseChange}
            onDrop={refuseChange}
            onSelect={(event) => read(event.currentTarget, i + 1)}
            onKeyUp={(event) => read(event.currentTarget, i + 1)}
            onPointerUp={(event) => read(event.currentTarget, i + 1)}
          />
        </li>
      ))}
    </ol>
  );
}

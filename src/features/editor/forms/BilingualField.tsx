import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, PartialBilingual } from '../../../model/schema';
import { copiedIn } from '../../../model/translations';
import { langProps } from '../../../ui/text';
import { FieldError } from './fields';
import { useUiLang, type EditForm } from './useEditForm';

export interface BilingualFieldProps {
  /** Ids and refusals; without it the field has ids of its own and shows no refusal. */
  form?: EditForm;
  /** The refusal field it stands for ("label", "title"…). */
  name: string;
  /** What it is, without the language: "Name", "Title"… */
  label: string;
  value: PartialBilingual;
  onChange: (value: PartialBilingual) => void;
  /** Both languages are needed (the model refuses otherwise); else an empty one is "to translate". */
  required?: boolean;
  multiline?: boolean;
  rows?: number;
  /** Said of both inputs ("comma or one per line"). */
  hint?: string;
}

/**
 * The same text in Arabic and in English, side by side: each input with its own `lang` and
 * `dir`, the reader's language first (at the inline start, so the pair mirrors with the page).
 * Nothing is ever copied from one language into the other; the same words on both sides of
 * a required text (as an importer fills a one-language label) are pointed out at the other one.
 */
export function BilingualField({
  form,
  name,
  label,
  value,
  onChange,
  required = false,
  multiline = false,
  rows = 3,
  hint,
}: BilingualFieldProps) {
  const uiLang = useUiLang();
  const own = useId();
  const order: Lang[] = uiLang === 'ar' ? ['ar', 'en'] : ['en', 'ar'];
  const base = form ? form.idOf(name) : own;
  const hintId = hint ? `${base}-hint` : undefined;
  const { t } = useTranslation();
  // A required text with the same words on both sides (an imported one-language label).
  const copied = required ? copiedIn(value) : null;

  return (
    <fieldset className={`edit-bilingual${required ? ' edit-required' : ''}`}>
      <legend>{label}</legend>
      {hint && (
        <p id={hintId} className="edit-hint">
          {hint}
        </p>
      )}
      <div className="edit-bilingual-pair">
        {order.map((lang) => {
          const other: Lang = lang === 'ar' ? 'en' : 'ar';
          const text = value[lang] ?? '';
          const untranslated =
            (!required && text.trim() === '' && (value[other] ?? '').trim() !== '') ||
            copied === other;
          const todoId = `${base}-${lang}-todo`;
          const described = [hintId, untranslated ? todoId : undefined].filter(Boolean).join(' ');
          const control = form
            ? form.control(name, lang, described || undefined)
            : { id: `${own}-${lang}`, 'aria-describedby': described || undefined };
          const props = {
            ...control,
            ...langProps(lang),
            value: text,
            'aria-required': required || undefined,
            onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
              onChange({ ...value, [lang]: event.target.value }),
          };
          return (
            <div key={lang} className="edit-bilingual-lang">
              <label htmlFor={control.id}>{t('edit.field.inLang', { label, lang })}</label>
              {multiline ? (
                <textarea {...props} rows={rows} />
              ) : (
                <input {...props} type="text" autoComplete="off" />
              )}
              {untranslated && (
                <p id={todoId} className="edit-todo">
                  {copied === other
                    ? t('edit.field.sameWords', { lang: other })
                    : t('edit.field.toTranslate')}
                </p>
              )}
              <FieldError error={form ? form.errorFor(name, lang) : null} />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** The text as the model takes it: a Bilingual needs both keys, even empty (it refuses then). */
export function bothLanguages(value: PartialBilingual): { ar: string; en: string } {
  return { ar: value.ar ?? '', en: value.en ?? '' };
}

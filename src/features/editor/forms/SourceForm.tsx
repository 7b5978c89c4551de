import { useState, type DragEvent } from 'react';
import { addSource, splitParagraphs, updateSource, type SourceFields } from '../../../model/edit';
import type { PartialBilingual, Source } from '../../../model/schema';
import { dirOf, langProps } from '../../../ui/text';
import { BilingualField } from './BilingualField';
import { FieldError, TextField } from './fields';
import { FormFrame } from './FormFrame';
import { derivedId, IdField, useIdInput } from './IdField';
import { readSourceFile, SOURCE_FILE_TYPES } from './source-file';
import { useEditForm, type EditFormProps } from './useEditForm';

export interface SourceFormProps extends EditFormProps {
  /** The source to change; without it, a new one. */
  source?: Source;
}

type Choice = 'ar' | 'en' | 'other';

const FIELDS = ['id', 'title', 'outlet', 'language', 'date', 'url', 'text', 'translation'];
const BILINGUAL = ['title', 'outlet'];

/** The working translation's language: Arabic for an English text, English for any other. */
function translationLangOf(language: string, source?: Source): 'ar' | 'en' {
  if (language === 'en') return 'ar';
  if (language === 'ar') return 'en';
  return source?.translations?.en || !source?.translations?.ar ? 'en' : 'ar';
}

/**
 * A source: its text pasted or read from a .txt, .md or .html file, split into paragraphs by
 * line and shown numbered for checking; its language, title, outlet, date and address; and a
 * working translation, paragraph for paragraph.
 */
export function SourceForm({ dataset, onApply, onCancel, source }: SourceFormProps) {
  const form = useEditForm(dataset, FIELDS, BILINGUAL);
  const { t } = form;
  const known = source?.language === 'ar' || source?.language === 'en';
  const [title, setTitle] = useState<PartialBilingual>(source?.title ?? {});
  const [outlet, setOutlet] = useState<PartialBilingual>(source?.outlet ?? {});
  const [choice, setChoice] = useState<Choice>(
    source ? (known ? (source.language as Choice) : 'other') : 'ar',
  );
  const [code, setCode] = useState(source && !known ? source.language : '');
  const [date, setDate] = useState(source?.date ?? '');
  const [url, setUrl] = useState(source?.url ?? '');
  const [text, setText] = useState(source?.paragraphs?.join('\n') ?? '');
  const language = choice === 'other' ? code.trim() : choice;
  const translationLang = translationLangOf(language, source);
  const [translation, setTranslation] = useState(
    source?.translations?.[translationLangOf(source.language, source)]?.join('\n') ?? '',
  );
  const [status, setStatus] = useState('');
  const id = useIdInput();
  const taken = (candidate: string) => dataset.sources.some((item) => item.id === candidate);
  const derived = derivedId(title, taken, 'source');
  const paragraphs = splitParagraphs(text);
  const translated = splitParagraphs(translation);
  const textLang = language || 'und';

  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const read = await readSourceFile(file);
      setText(read.text);
      if (read.language && !source) {
        const primary = read.language.split('-')[0];
        if (primary === 'ar' || primary === 'en') setChoice(primary);
        else {
          setChoice('other');
          setCode(read.language);
        }
      }
      if (read.title && !title.ar && !title.en) {
        const into = (read.language ?? language).startsWith('en') ? 'en' : 'ar';
        setTitle({ [into]: read.title });
      }
      setStatus(t('edit.source.fileRead', { name: file.name }));
    } catch {
      setStatus(t('edit.source.fileFailed', { name: file.name }));
    }
  };

  const onDrop = (event: DragEvent<HTMLElement>) => {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    void loadFile(file);
  };

  const submit = () => {
    if (translated.length > 0 && translated.length !== paragraphs.length) {
      return form.fail(
        t('edit.source.countMismatch', { translated: translated.length, total: paragraphs.length }),
        'translation',
      );
    }
    const list = translated.length > 0 ? translated : undefined;
    const fields: SourceFields = {
      title,
      outlet,
      language,
      date,
      url,
      text,
      translations: { ...source?.translations, [translationLang]: list },
    };
    const applied = form.accept(
      source
        ? updateSource(dataset, source.id, fields)
        : addSource(dataset, { ...fields, id: id.chosen }),
    );
    if (applied) onApply(applied, source ? 'updateSource' : 'addSource');
  };

  const choiceControl = form.control(choice === 'other' ? 'languageChoice' : 'language');
  return (
    <FormFrame
      form={form}
      title={t(source ? 'edit.source.editTitle' : 'edit.source.newTitle')}
      submitLabel={t(source ? 'edit.actions.save' : 'edit.source.add')}
      onSubmit={submit}
      onCancel={onCancel}
      className="edit-source"
    >
      <div className="edit-field">
        <label htmlFor={choiceControl.id}>{t('edit.source.language')}</label>
        <select
          {...choiceControl}
          value={choice}
          onChange={(event) => setChoice(event.target.value as Choice)}
        >
          <option value="ar">{t('edit.source.languages.ar')}</option>
          <option value="en">{t('edit.source.languages.en')}</option>
          <option value="other">{t('edit.source.languages.other')}</option>
        </select>
        <FieldError error={form.errorFor(choice === 'other' ? 'languageChoice' : 'language')} />
      </div>
      {choice === 'other' && (
        <TextField
          form={form}
          name="language"
          label={t('edit.source.code')}
          hint={t('edit.source.codeHint')}
          value={code}
          onChange={setCode}
          dir="ltr"
          required
        />
      )}
      <div className="edit-drop" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
        <TextField
          form={form}
          name="text"
          label={t('edit.source.text')}
          hint={t('edit.source.textHint')}
          value={text}
          onChange={setText}
          multiline
          rows={8}
          {...langProps(textLang)}
        />
        <label className="edit-file">
          {t('edit.source.chooseFile')}
          <input
            type="file"
            accept={SOURCE_FILE_TYPES}
            onChange={(event) => void loadFile(event.target.files?.[0])}
          />
        </label>
        <p role="status" className="edit-hint">
          {status}
        </p>
      </div>
      <TextField
        form={form}
        name="translation"
        label={t('edit.source.translation', { lang: translationLang })}
        hint={t('edit.source.translationHint')}
        value={translation}
        onChange={setTranslation}
        multiline
        rows={5}
        {...langProps(translationLang)}
      />
      <ParagraphList
        paragraphs={paragraphs}
        translated={translated}
        lang={textLang}
        translationLang={translationLang}
        t={t}
      />
      <BilingualField
        form={form}
        name="title"
        label={t('edit.source.title')}
        hint={t('edit.source.titleHint')}
        value={title}
        onChange={setTitle}
      />
      <BilingualField
        form={form}
        name="outlet"
        label={t('edit.source.outlet')}
        value={outlet}
        onChange={setOutlet}
      />
      <TextField
        form={form}
        name="date"
        label={t('edit.source.date')}
        hint={t('edit.source.dateHint')}
        value={date}
        onChange={setDate}
        dir="ltr"
      />
      <TextField
        form={form}
        name="url"
        label={t('edit.source.url')}
        value={url}
        onChange={setUrl}
        type="url"
        inputMode="url"
        dir="ltr"
        placeholder="https://"
      />
      {!source && <IdField form={form} typed={id.typed} derived={derived} onChange={id.setTyped} />}
    </FormFrame>
  );
}

/** The paragraphs as they will be saved, numbered, each with its translation when the counts agree. */
function ParagraphList({
  paragraphs,
  translated,
  lang,
  translationLang,
  t,
}: {
  paragraphs: readonly string[];
  translated: readonly string[];
  lang: string;
  translationLang: string;
  t: ReturnType<typeof useEditForm>['t'];
}) {
  const aligned = translated.length === paragraphs.length;
  return (
    <section className="edit-paragraphs" aria-label={t('edit.source.paragraphs')}>
      <h3>{t('edit.source.paragraphsCount', { count: paragraphs.length })}</h3>
      {translated.length > 0 && !aligned && (
        <p className="edit-todo">
          {t('edit.source.countMismatch', {
            translated: translated.length,
            total: paragraphs.length,
          })}
        </p>
      )}
      {paragraphs.length > 0 && (
        <ol lang={lang} dir={dirOf(lang)}>
          {paragraphs.map((paragraph, i) => (
            <li key={i}>
              <p>{paragraph}</p>
              {aligned && translated[i] && (
                <p className="edit-paragraph-translation" {...langProps(translationLang)}>
                  {translated[i]}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

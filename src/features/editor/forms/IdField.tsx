import { useState } from 'react';
import { slugOf, uniqueId } from '../../../model/edit/ids';
import { TextField } from './fields';
import type { EditForm } from './useEditForm';

/**
 * An id as the model makes it (English text slugified, else the Arabic transliterated, then
 * made unique), until the author types one of their own.
 */
export function derivedId(
  texts: { ar?: string; en?: string },
  taken: (id: string) => boolean,
  fallback: string,
): string {
  return uniqueId(slugOf(texts.en, texts.ar), taken, fallback);
}

/** The typed id, or undefined while it follows the derived one (the model then derives the same). */
export function useIdInput(initial: string | null = null) {
  const [typed, setTyped] = useState<string | null>(initial);
  const chosen = typed !== null && typed.trim() !== '' ? typed.trim() : undefined;
  return { typed, setTyped, chosen };
}

interface IdFieldProps {
  form: EditForm;
  typed: string | null;
  derived: string;
  onChange: (value: string) => void;
}

/** The id, derived from the name while untouched, editable; Latin whatever the UI language. */
export function IdField({ form, typed, derived, onChange }: IdFieldProps) {
  return (
    <TextField
      form={form}
      name="id"
      label={form.t('edit.id.label')}
      hint={form.t('edit.id.hint')}
      value={typed ?? derived}
      placeholder={derived}
      onChange={onChange}
      dir="ltr"
    />
  );
}

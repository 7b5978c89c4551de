import type { ChangeEvent, ReactNode } from 'react';
import type { EditForm } from './useEditForm';

/** The refusal next to the control it is about (the control points at it with aria-describedby). */
export function FieldError({ error }: { error: { id: string; message: string } | null }) {
  return error ? (
    <p id={error.id} className="edit-error">
      {error.message}
    </p>
  ) : null;
}

interface TextFieldProps {
  form: EditForm;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'url' | 'number';
  inputMode?: 'text' | 'url' | 'numeric';
  placeholder?: string;
  required?: boolean;
  /** For text in a known language (a source's text, an id). */
  lang?: string;
  dir?: 'rtl' | 'ltr' | 'auto';
  /** `sub` of the control's id, for two inputs of one refusal field (a time span's ends). */
  sub?: string;
  children?: ReactNode;
}

/** One labelled input or textarea, with its hint and its refusal. */
export function TextField({
  form,
  name,
  label,
  value,
  onChange,
  hint,
  multiline = false,
  rows = 3,
  type = 'text',
  inputMode,
  placeholder,
  required = false,
  lang,
  dir,
  sub,
  children,
}: TextFieldProps) {
  const hintId = hint ? `${form.idOf(name, sub)}-hint` : undefined;
  const control = form.control(name, sub, hintId);
  const common = {
    ...control,
    value,
    placeholder,
    lang,
    dir,
    'aria-required': required || undefined,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange(event.target.value),
  };
  return (
    <div className={`edit-field${required ? ' edit-required' : ''}`}>
      <label htmlFor={control.id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={rows} />
      ) : (
        <input {...common} type={type} inputMode={inputMode} autoComplete="off" />
      )}
      {hint && (
        <p id={hintId} className="edit-hint">
          {hint}
        </p>
      )}
      {children}
      <FieldError error={form.errorFor(name, sub)} />
    </div>
  );
}

import { useId, type KeyboardEvent, type ReactNode } from 'react';
import type { EditForm } from './useEditForm';
import '../editor.css';

interface FormFrameProps {
  form: EditForm;
  title: string;
  submitLabel: string;
  onSubmit: () => void;
  onCancel?: () => void;
  /**
   * Inside another form (a new relation type while adding a relation): a fieldset, since forms
   * do not nest, whose Enter and button submit it alone.
   */
  embedded?: boolean;
  className?: string;
  children: ReactNode;
}

/** The frame of an editor form: its title, fields, the form-level refusal and the buttons. */
export function FormFrame({
  form,
  title,
  submitLabel,
  onSubmit,
  onCancel,
  embedded = false,
  className,
  children,
}: FormFrameProps) {
  const titleId = useId();
  const classes = `edit-form${embedded ? ' edit-embedded' : ''}${className ? ` ${className}` : ''}`;
  const body = (
    <>
      {children}
      {form.alert && (
        <p role="alert" className="edit-alert">
          {form.alert}
        </p>
      )}
      <div className="edit-actions">
        <button
          type={embedded ? 'button' : 'submit'}
          className="edit-primary"
          onClick={embedded ? onSubmit : undefined}
        >
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {form.t('edit.actions.cancel')}
          </button>
        )}
      </div>
    </>
  );
  if (embedded) {
    const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
      // Enter in one of its inputs submits this part, not the form around it.
      if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
      event.preventDefault();
      event.stopPropagation();
      onSubmit();
    };
    return (
      <fieldset className={classes} onKeyDown={onKeyDown}>
        <legend>{title}</legend>
        {body}
      </fieldset>
    );
  }
  return (
    <form
      className={classes}
      noValidate
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h2 id={titleId} className="edit-title">
        {title}
      </h2>
      {body}
    </form>
  );
}

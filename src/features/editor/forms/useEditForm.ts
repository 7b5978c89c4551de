/**
 * What every editor form shares: ids for its controls, the refusal shown next to the field it
 * names (aria-invalid, aria-describedby, focus moved there) or above the buttons when it names
 * none the form has, and handing an accepted edit to the shell.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isUiLang, type UiLang } from '../../../i18n/langs';
import type { EditAction, EditResult, Patch, Refusal } from '../../../model/edit';
import type { Dataset } from '../../../model/schema';
import { refusalMessage } from './refusal';

/** An accepted edit: the edited dataset and the patch from the one the form was given. */
export interface Applied {
  dataset: Dataset;
  patch: Patch;
}

export type OnApply = (result: Applied, action: EditAction) => void;

/** The props every form takes; the shell applies the edit (undo, redraw, store). */
export interface EditFormProps {
  dataset: Dataset;
  onApply: OnApply;
  onCancel?: () => void;
}

interface Problem {
  field?: string;
  /** The language input of a bilingual field. */
  sub?: string;
  message: string;
}

export interface ControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

export function useUiLang(): UiLang {
  const { i18n } = useTranslation();
  return isUiLang(i18n.language) ? i18n.language : 'en';
}

/**
 * `fields`: the refusal fields the form has a control for; `bilingual`: those of them with an
 * Arabic and an English input (a refusal's `lang` param picks the input).
 */
export function useEditForm(
  dataset: Dataset | undefined,
  fields: readonly string[],
  bilingual: readonly string[] = [],
) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const uid = useId();
  const [problem, setProblem] = useState<Problem | null>(null);
  const idOf = useCallback(
    (field: string, sub?: string) => `${uid}${field}${sub ? `-${sub}` : ''}`,
    [uid],
  );

  useEffect(() => {
    if (problem?.field === undefined) return;
    const target =
      document.getElementById(idOf(problem.field, problem.sub)) ??
      document.getElementById(idOf(problem.field));
    target?.focus();
  }, [problem, idOf]);

  const matches = (field: string, sub?: string) =>
    problem !== null && problem.field === field && (problem.sub ?? undefined) === sub;
  const errorId = (field: string, sub?: string) => `${idOf(field, sub)}-error`;

  /** Shows a message next to `field` (or above the buttons without one). */
  const fail = (message: string, field?: string, sub?: string) =>
    setProblem({ message, field, sub });

  const refuse = (refusal: Refusal, rename: Readonly<Record<string, string>> = {}) => {
    const message = refusalMessage(t, refusal, { dataset, lang });
    const field = refusal.field;
    const named =
      field === undefined ? undefined : Object.hasOwn(rename, field) ? rename[field] : field;
    if (named === undefined || !fields.includes(named)) return fail(message);
    const which = refusal.params.lang;
    const sub = !bilingual.includes(named)
      ? undefined
      : which === 'ar' || which === 'en'
        ? which
        : lang;
    // A field the form has but does not show right now (a language code for Arabic): above the buttons.
    const shown = document.getElementById(idOf(named, sub)) ?? document.getElementById(idOf(named));
    if (!shown) return fail(message);
    fail(message, named, sub);
  };

  return {
    t,
    lang,
    idOf,
    /** id, aria-invalid and aria-describedby for the control of `field` (`sub`: its language). */
    control(field: string, sub?: string, describedBy?: string): ControlProps {
      const invalid = matches(field, sub);
      const described = [describedBy, invalid ? errorId(field, sub) : undefined]
        .filter(Boolean)
        .join(' ');
      return {
        id: idOf(field, sub),
        ...(invalid ? { 'aria-invalid': true as const } : {}),
        ...(described ? { 'aria-describedby': described } : {}),
      };
    },
    /** The message to show next to `field`, if the refusal is about it. */
    errorFor(field: string, sub?: string): { id: string; message: string } | null {
      return problem && matches(field, sub)
        ? { id: errorId(field, sub), message: problem.message }
        : null;
    },
    /** A refusal that names no field of this form. */
    alert: problem && problem.field === undefined ? problem.message : null,
    fail,
    refuse,
    clear: () => setProblem(null),
    /**
     * The command's result: refused → shown (field names can be mapped to this form's, e.g.
     * a new interest's `label` → `interestLabel`); accepted → the value, for the caller to hand on.
     */
    accept(result: EditResult, rename?: Readonly<Record<string, string>>): Applied | null {
      if (!result.ok) {
        refuse(result.refusal, rename);
        return null;
      }
      setProblem(null);
      return { dataset: result.dataset, patch: result.patch };
    },
  };
}

export type EditForm = ReturnType<typeof useEditForm>;

/**
 * Two edits as one: the second was made on the first's dataset, so its patch continues the
 * first's (a patch applies its changes in order). One undo step undoes both.
 */
export function composeEdits(first: Applied, second: Applied): Applied {
  return { dataset: second.dataset, patch: [...first.patch, ...second.patch] };
}

/** The id of the item a patch inserted into a collection. */
export function insertedId(applied: Applied, collection: string): string | undefined {
  for (const change of applied.patch) {
    if (change.kind === 'item' && change.collection === collection && !change.before) {
      return change.id;
    }
  }
  return undefined;
}

/**
 * An import problem in the reader's language: the model's message for its code, and where it
 * is in the input ("relations.csv, row 5, column "source""), or the dataset path when the
 * input has no better place.
 */
import type { i18n as I18n } from 'i18next';
import { describeProblem, type ProblemText } from '../i18n/problems';
import type { ImportProblem, SourceLocation } from './types';

export function describeImportProblem(i18n: I18n, item: ImportProblem): ProblemText {
  const text = describeProblem(i18n, item);
  return item.at ? { message: text.message, where: describeLocation(i18n, item.at) } : text;
}

export function describeLocation(i18n: I18n, at: SourceLocation): string {
  const t = (key: string, params: Record<string, string | number>) =>
    i18n.t(`problems.where.${key}`, { ...params, interpolation: { escapeValue: false } });
  const parts = [at.file];
  if (at.row !== undefined) parts.push(t('row', { row: at.row }));
  if (at.line !== undefined && at.line !== at.row) parts.push(t('line', { line: at.line }));
  if (at.node !== undefined) parts.push(t('node', { id: at.node }));
  if (at.edge !== undefined) parts.push(t('edge', { id: at.edge }));
  if (at.column !== undefined) parts.push(t('column', { column: at.column }));
  if (at.field !== undefined) parts.push(t('field', { name: at.field }));
  return parts.join(i18n.t('problems.where.separator'));
}

import type { i18n as I18n } from 'i18next';
import { formatPath, type Problem } from '../model/problems';

export interface ProblemText {
  message: string;
  where: string;
}

/** A problem in the reader's language: what is wrong and how to fix it, and where. */
export function describeProblem(i18n: I18n, item: Problem): ProblemText {
  return {
    message: i18n.t(`problems.${item.code}`, {
      ...item.params,
      interpolation: { escapeValue: false },
    }),
    where: formatPath(item.path),
  };
}

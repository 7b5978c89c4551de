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
    where: describeWhere(i18n, item),
  };
}

/**
 * Where, by the element's name first: `relation "iran-backs-hamas", line 214 (relations[3].target)`
 * rather than only the 0-based path; the path stays, for editors that jump to it.
 */
function describeWhere(i18n: I18n, item: Problem): string {
  const path = formatPath(item.path);
  const element = item.element;
  if (!element || (element.id === undefined && element.line === undefined)) return path;
  const section = String(item.path[0]);
  const params = {
    section: i18n.t(`problems.sections.${section}`, { defaultValue: section }),
    id: element.id ?? '',
    line: element.line ?? 0,
    path,
    interpolation: { escapeValue: false },
  };
  const key =
    element.id !== undefined
      ? element.line !== undefined
        ? 'elementIdLine'
        : 'elementId'
      : 'elementLine';
  return i18n.t(`problems.where.${key}`, params);
}

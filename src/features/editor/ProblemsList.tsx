import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../i18n/problems';
import type { Problem } from '../../model/problems';
import { useAppStore } from '../../state/store';

interface Props {
  /** Opens the element a problem is about (its form in the editor). */
  onJump: (collection: string, id: string) => void;
}

/**
 * What the last edits left to fix, in the reader's language, updated after every change. An
 * edit that would break the dataset is refused at its form; what lands here are warnings and
 * problems brought in with an opened file.
 */
export function ProblemsList({ onJump }: Props) {
  const { t, i18n } = useTranslation();
  const problems = useAppStore((s) => s.editProblems);
  if (problems.length === 0) {
    return (
      <p className="editor-problems-none" role="status">
        {t('editor.problems.none')}
      </p>
    );
  }
  return (
    <ul className="editor-problems" aria-label={t('editor.problems.label')}>
      {problems.map((problem, i) => {
        const text = describeProblem(i18n, problem);
        const target = jumpTarget(problem);
        return (
          <li key={i} className={`editor-problem ${problem.severity}`}>
            <span>{text.message}</span>{' '}
            {target ? (
              <button
                type="button"
                className="link-button"
                onClick={() => onJump(target.collection, target.id)}
              >
                {text.where}
              </button>
            ) : (
              <span className="editor-problem-where">{text.where}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function jumpTarget(problem: Problem): { collection: string; id: string } | null {
  const [collection] = problem.path;
  const id = problem.element?.id;
  return typeof collection === 'string' && id ? { collection, id } : null;
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../i18n/problems';
import type { Problem } from '../../model/problems';
import { untranslatedTexts, type Untranslated } from '../../model/translations';
import { selectIndex } from '../../state/selectors';
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
  return (
    <>
      <Problems onJump={onJump} />
      <ToTranslate onJump={onJump} />
    </>
  );
}

function Problems({ onJump }: Props) {
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

/**
 * Texts in one language only (optional ones left empty, required ones with the same words on
 * both sides): listed, so nothing stays silently untranslated.
 */
function ToTranslate({ onJump }: Props) {
  const { t } = useTranslation();
  const index = useAppStore(selectIndex);
  const lang = useAppStore((s) => s.lang);
  const items = useMemo(() => (index ? untranslatedTexts(index.data) : []), [index]);
  if (!index) return null;
  const nameOf = (item: Untranslated): string => {
    if (item.collection === 'entities') return index.entities.get(item.id)?.label[lang] ?? item.id;
    if (item.collection === 'sources') {
      const title = index.sources.get(item.id)?.title;
      return title?.[lang] || title?.ar || title?.en || item.id;
    }
    if (item.collection === 'stories') {
      return index.data.stories?.find((s) => s.id === item.id)?.title[lang] ?? item.id;
    }
    if (item.collection === 'dataset') return index.data.title[lang];
    if (item.collection === 'entityKinds') {
      return index.data.entityKinds?.find((kind) => kind.id === item.id)?.label[lang] ?? item.id;
    }
    if (item.collection === 'relationTypes') {
      return index.relationTypes.get(item.id)?.label[lang] ?? item.id;
    }
    return item.id;
  };
  return (
    <section className="editor-translate" aria-labelledby="editor-translate-title">
      <h3 id="editor-translate-title">{t('editor.translate.title', { count: items.length })}</h3>
      {items.length === 0 ? (
        <p className="editor-problems-none">{t('editor.translate.none')}</p>
      ) : (
        <ul className="editor-problems">
          {items.map((item) => (
            <li key={`${item.collection}:${item.id}:${item.field}`} className="editor-problem">
              <button
                type="button"
                className="link-button"
                onClick={() => onJump(item.collection, item.id)}
              >
                <bdi>{nameOf(item)}</bdi>
              </button>{' '}
              {t(item.copied ? 'editor.translate.copied' : 'editor.translate.item', {
                field: t(`editor.translate.fields.${item.field.replace(/^steps\[\d+\]\./, '')}`),
                lang: item.has,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../i18n/problems';
import { errorCount } from '../../model/load';
import type { LoadState, Unreachable } from '../../state/slices/data';

interface Props {
  load: Extract<LoadState, { status: 'invalid' | 'unreachable' }>;
}

/** What is wrong with the data, where, and how to fix it: never a blank page. */
export function LoadErrors({ load }: Props) {
  const { t, i18n } = useTranslation();
  const errors =
    load.status === 'invalid' ? load.problems.filter((p) => p.severity === 'error') : [];
  // The list stops at the cap (model/limits.ts); its last line says how many more there are.
  const count = errorCount(errors);
  return (
    <section className="load-errors" role="alert" aria-labelledby="load-errors-title">
      <h2 id="load-errors-title">{t('load.title')}</h2>
      {load.status === 'unreachable' ? (
        <p>
          {t(`load.${unreachableKey(load.error.reason)}`, {
            ...load.error.params,
            file: load.file,
          })}
        </p>
      ) : (
        <>
          <p>{t('load.intro', { count, file: load.file })}</p>
          <ol className="problem-list">
            {load.problems.map((item, i) => {
              const { message, where } = describeProblem(i18n, item);
              return (
                <li key={i} className={`problem problem-${item.severity}`}>
                  <span className="problem-where">
                    {t('load.where')}: <bdi className="problem-path">{where}</bdi>
                  </span>
                  <span className="problem-message">{message}</span>
                </li>
              );
            })}
          </ol>
        </>
      )}
      <p>
        <a href={bundledHref()}>{t('load.openBundled')}</a>
      </p>
    </section>
  );
}

function unreachableKey(reason: Unreachable['reason']): string {
  return {
    http: 'fetchFailed',
    network: 'networkFailed',
    crossOrigin: 'crossOrigin',
    notHttp: 'notHttp',
    tooLarge: 'fetchFailed',
  }[reason];
}

/** The same page without the `graph` parameter. */
function bundledHref(): string {
  const hash = new URLSearchParams(window.location.hash.slice(1));
  hash.delete('graph');
  const query = new URLSearchParams(window.location.search);
  query.delete('graph');
  const search = query.toString();
  return `${window.location.pathname}${search ? `?${search}` : ''}#${hash.toString()}`;
}

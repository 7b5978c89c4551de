import { useEffect, useId, useRef } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isFilterActive } from '../../model/filters';
import type { GraphIndex } from '../../model/graph-index';
import { DEFAULT_MAX_PATHS, type Path } from '../../model/paths';
import { selectIndex, selectPaths } from '../../state/selectors';
import type { PathQuery } from '../../state/slices/paths';
import type { UiLang } from '../../i18n';
import { useAppStore, useAppStoreApi } from '../../state/store';
import { EntityLink } from '../../ui/EntityLink';
import { EntityCombobox } from '../search/EntityCombobox';
import { draftStoreFor, usePathDraft, type PathDraft } from './draft';
import { PathRoutes } from './PathRoutes';
import './paths.css';
import { CloseIcon } from '../../ui/CloseIcon';

type End = 'from' | 'to';

/**
 * "How are these connected?": two entities, whether direction matters, and the shortest paths
 * between them as sentences with their evidence (the graph highlights the same paths). A complete
 * question is `pathQuery` (and the URL); one still missing an end is a draft of this feature.
 */
export function PathPanel() {
  const { t } = useTranslation();
  const app = useAppStoreApi();
  const index = useAppStore(selectIndex);
  const query = useAppStore((s) => s.pathQuery);
  const paths = useAppStore(selectPaths);
  const draft = usePathDraft();
  const lang = useAppStore((s) => s.lang);
  const titleId = useId();

  // A complete question (also one opened from the URL) replaces any unfinished one.
  useEffect(() => {
    if (query) draftStoreFor(app).getState().setDraft(null);
  }, [app, query]);

  const shown: PathDraft | null = query ? { ...query, focusSeq: 0 } : draft;
  if (!index || !shown) return null;

  const setDraft = (next: PathDraft | null) => draftStoreFor(app).getState().setDraft(next);
  const setQuery = (next: PathQuery | null) => app.getState().setPathQuery(next);
  const update = (next: PathDraft) => {
    if (next.from !== null && next.to !== null) {
      setDraft(null);
      setQuery({ from: next.from, to: next.to, directed: next.directed });
    } else {
      setQuery(null);
      setDraft(next);
    }
  };
  const close = () => {
    setDraft(null);
    setQuery(null);
  };
  const change = (end: End) => update({ ...shown, [end]: null, focusSeq: shown.focusSeq + 1 });

  return (
    <section
      className="path-panel"
      aria-labelledby={titleId}
      data-testid="path-panel"
      data-occludes-graph=""
    >
      <header className="path-header">
        <h2 id={titleId}>{t('paths.title')}</h2>
        <button
          type="button"
          className="icon-button path-close"
          onClick={close}
          aria-label={t('paths.close')}
        >
          <CloseIcon size={18} />
        </button>
      </header>

      <div className="path-ends">
        {(['from', 'to'] as const).map((end) => (
          <PathEnd
            key={end}
            end={end}
            index={index}
            id={shown[end]}
            other={shown[end === 'from' ? 'to' : 'from']}
            focusSeq={shown.focusSeq}
            onPick={(id) => update({ ...shown, [end]: id })}
            onChange={() => change(end)}
          />
        ))}
        <button
          type="button"
          className="icon-button path-swap"
          onClick={() => update({ ...shown, from: shown.to, to: shown.from })}
          aria-label={t('paths.swap')}
          title={t('paths.swap')}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" width="20" height="20">
            <path
              d="M8 4v15M8 4 4.5 7.5M8 4l3.5 3.5M16 20V5m0 15-3.5-3.5M16 20l3.5-3.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
        </button>
      </div>

      <label className="path-directed">
        <input
          type="checkbox"
          checked={shown.directed}
          onChange={(event) => update({ ...shown, directed: event.target.checked })}
        />{' '}
        {t('paths.directed')}
        <span className="muted path-directed-hint">{t('paths.directedHint')}</span>
      </label>

      <p className="visually-hidden" role="status">
        {query ? describe(t, index, query, paths ?? [], lang) : ''}
      </p>
      <div className="path-result">
        {query ? (
          <PathResult
            index={index}
            query={query}
            paths={paths ?? []}
            onUndirect={() => update({ ...shown, directed: false })}
          />
        ) : (
          <p className="muted">{t('paths.pending')}</p>
        )}
      </div>
    </section>
  );
}

function PathEnd({
  end,
  index,
  id,
  other,
  focusSeq,
  onPick,
  onChange,
}: {
  end: End;
  index: GraphIndex;
  id: string | null;
  other: string | null;
  focusSeq: number;
  onPick: (id: string) => void;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const inputRef = useRef<HTMLInputElement>(null);
  const labelId = useId();
  // The empty end asks for the keyboard whenever a question is started or an end is changed.
  useEffect(() => {
    if (id === null && focusSeq > 0) inputRef.current?.focus();
  }, [id, focusSeq]);
  const name = id ? (index.entities.get(id)?.label[lang] ?? id) : '';
  return (
    <div className={`path-end path-end-${end}`} role="group" aria-labelledby={labelId}>
      <span id={labelId} className="path-end-label">
        {t(`paths.${end}`)}
      </span>
      {id ? (
        <span className="path-end-value">
          <EntityLink id={id} />
          <button
            type="button"
            className="path-change"
            onClick={onChange}
            aria-label={t('paths.changeEnd', { name })}
          >
            {t('paths.change')}
          </button>
        </span>
      ) : (
        <EntityCombobox
          className="path-picker"
          label={t(end === 'from' ? 'paths.pickFrom' : 'paths.pickTo')}
          placeholder={t('paths.placeholder')}
          onChoose={(hit) => onPick(hit.id)}
          exclude={other ? [other] : []}
          inputRef={inputRef}
        />
      )}
    </div>
  );
}

function PathResult({
  index,
  query,
  paths,
  onUndirect,
}: {
  index: GraphIndex;
  query: PathQuery;
  paths: readonly Path[];
  onUndirect: () => void;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const filtered = useAppStore((s) => isFilterActive(s.filters));
  const unknown = [query.from, query.to].find((id) => !index.entities.has(id));
  if (unknown !== undefined) {
    return <p className="path-message">{t('paths.unknown', { id: unknown })}</p>;
  }
  if (query.from === query.to) return <p className="path-message">{t('paths.same')}</p>;
  const name = (id: string) => index.entities.get(id)?.label[lang] ?? id;
  if (paths.length === 0) {
    const names = { from: name(query.from), to: name(query.to) };
    return (
      <div className="path-none" data-testid="path-none">
        <p className="path-message">
          {t(query.directed ? 'paths.noneDirected' : 'paths.none', names)}
        </p>
        {query.directed && (
          <button type="button" className="path-undirect" onClick={onUndirect}>
            {t('paths.ignoreDirection')}
          </button>
        )}
        {filtered && <p className="muted">{t('paths.filtered')}</p>}
      </div>
    );
  }
  const steps = paths[0]?.steps.length ?? 0;
  const routes = new Set(paths.map((p) => p.entities.join('\n'))).size;
  return (
    <>
      <p className="path-summary">
        <strong>{t('paths.steps', { count: steps })}</strong>
        {routes > 1 && (
          <>
            {' · '}
            {t('paths.routes', { count: routes })}
          </>
        )}
      </p>
      <PathRoutes index={index} paths={paths} />
      {paths.length >= DEFAULT_MAX_PATHS && (
        <p className="muted path-limited">{t('paths.limited', { count: DEFAULT_MAX_PATHS })}</p>
      )}
      {filtered && <p className="muted">{t('paths.filtered')}</p>}
    </>
  );
}

/** The outcome in one sentence, for the status announcement. */
function describe(
  t: TFunction,
  index: GraphIndex,
  query: PathQuery,
  paths: readonly Path[],
  lang: UiLang,
): string {
  const unknown = [query.from, query.to].find((id) => !index.entities.has(id));
  if (unknown !== undefined) return t('paths.unknown', { id: unknown });
  if (query.from === query.to) return t('paths.same');
  const name = (id: string) => index.entities.get(id)?.label[lang] ?? id;
  if (paths.length === 0) {
    return t(query.directed ? 'paths.noneDirected' : 'paths.none', {
      from: name(query.from),
      to: name(query.to),
    });
  }
  const routes = new Set(paths.map((p) => p.entities.join('\n'))).size;
  return `${t('paths.steps', { count: paths[0]?.steps.length ?? 0 })} · ${t('paths.routes', { count: routes })}`;
}

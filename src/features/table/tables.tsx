import { kindNameIn } from '../../ui/kind-name';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visible } from '../../model/filters';
import type { GraphIndex } from '../../model/graph-index';
import { selectSelectedEdge, selectSelectedNode } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { EntityLink } from '../../ui/EntityLink';
import { StatusBadge } from '../../ui/StatusBadge';
import { CompactEvidence, SortHeader, useRowSelect, useScrollToRow, Years } from './parts';
import {
  CLAIM_SORTS,
  claimRows,
  ENTITY_SORTS,
  entityRows,
  matchClaimRows,
  matchEntityRows,
  matchRelationRows,
  RELATION_SORTS,
  relationRows,
  sortRows,
  type ClaimSortKey,
  type EntitySortKey,
  type RelationSortKey,
  type Sort,
} from './rows';

interface TableProps {
  index: GraphIndex;
  visible: Visible | null;
  query: string;
}

function useCaption(table: string, shown: number, total: number, column: string, dir: string) {
  const { t } = useTranslation();
  return t('table.caption', {
    table,
    shown,
    total,
    column,
    direction: t(`table.${dir}`),
  });
}

function EmptyRow({ columns }: { columns: number }) {
  const { t } = useTranslation();
  return (
    <tr className="table-empty">
      <td colSpan={columns}>{t('table.empty')}</td>
    </tr>
  );
}

export function EntitiesTable({ index, visible, query }: TableProps) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const selected = useAppStore(selectSelectedNode);
  const [sort, setSort] = useState<Sort<EntitySortKey>>({ key: 'name', dir: 'ascending' });
  const rows = useMemo(() => {
    const all = entityRows(index, visible, {
      lang,
      kind: (k) => kindNameIn(t, lang, index.data, k),
      subkind: (s) => t(`subkinds.${s}`, { defaultValue: s }),
    });
    return sortRows(matchEntityRows(index, all, query), ENTITY_SORTS[sort.key], sort.dir, lang);
  }, [index, visible, query, lang, sort, t]);
  const onRow = useRowSelect();
  const body = useScrollToRow(selected);
  const other = lang === 'ar' ? 'en' : 'ar';
  const columns: Record<EntitySortKey, string> = {
    name: t('table.columns.name'),
    otherName: t('table.columns.otherName', { lang: other }),
    kind: t('table.columns.kind'),
    subkind: t('table.columns.subkind'),
    relationCount: t('table.columns.relationCount'),
  };
  const caption = useCaption(
    t('table.entities'),
    rows.length,
    index.entities.size,
    columns[sort.key],
    sort.dir,
  );
  return (
    <table className="data-table" data-testid="table-entities">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {(Object.keys(columns) as EntitySortKey[]).map((key) => (
            <SortHeader
              key={key}
              column={key}
              sort={sort}
              onSort={setSort}
              className={key === 'relationCount' ? 'num' : undefined}
            >
              {columns[key]}
            </SortHeader>
          ))}
        </tr>
      </thead>
      <tbody ref={body}>
        {rows.length === 0 && <EmptyRow columns={5} />}
        {rows.map((row) => (
          <tr
            key={row.id}
            data-id={row.id}
            className={row.id === selected ? 'selected' : undefined}
            aria-current={row.id === selected ? 'true' : undefined}
            onClick={(event) => onRow(event, { type: 'node', id: row.id })}
          >
            <td>
              <EntityLink id={row.id} />
            </td>
            <td>
              <bdi lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'}>
                {row.otherName}
              </bdi>
            </td>
            <td>
              <span className={`kind-chip kind-${row.kind}`}>{row.kindLabel}</span>
            </td>
            <td>{row.subkindLabel}</td>
            <td className="num">{row.relations}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RelationsTable({ index, visible, query }: TableProps) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const selectedEdge = useAppStore(selectSelectedEdge);
  const select = useAppStore((s) => s.select);
  const [sort, setSort] = useState<Sort<RelationSortKey>>({ key: 'source', dir: 'ascending' });
  const rows = useMemo(
    () =>
      sortRows(
        matchRelationRows(index, relationRows(index, visible, lang), query),
        RELATION_SORTS[sort.key],
        sort.dir,
        lang,
      ),
    [index, visible, query, lang, sort],
  );
  const onRow = useRowSelect();
  const body = useScrollToRow(selectedEdge);
  const columns: Record<RelationSortKey, string> = {
    source: t('table.columns.source'),
    relation: t('table.columns.relation'),
    target: t('table.columns.target'),
    years: t('table.columns.years'),
    status: t('table.columns.status'),
  };
  const caption = useCaption(
    t('table.relations'),
    rows.length,
    index.relations.size,
    columns[sort.key],
    sort.dir,
  );
  return (
    <table className="data-table" data-testid="table-relations">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {(Object.keys(columns) as RelationSortKey[]).map((key) => (
            <SortHeader key={key} column={key} sort={sort} onSort={setSort}>
              {columns[key]}
            </SortHeader>
          ))}
          <th scope="col">{t('table.columns.evidence')}</th>
        </tr>
      </thead>
      <tbody ref={body}>
        {rows.length === 0 && <EmptyRow columns={6} />}
        {rows.map((row) => (
          <tr
            key={row.id}
            data-id={row.id}
            className={row.id === selectedEdge ? 'selected' : undefined}
            aria-current={row.id === selectedEdge ? 'true' : undefined}
            onClick={(event) => onRow(event, { type: 'edge', id: row.id })}
          >
            <td>
              <EntityLink id={row.relation.source} />
            </td>
            <td>
              <button
                type="button"
                className="row-link"
                onClick={() => select({ type: 'edge', id: row.id })}
              >
                <bdi>{row.label}</bdi>
              </button>
            </td>
            <td>
              <EntityLink id={row.relation.target} />
            </td>
            <td className="years">
              <Years from={row.relation.time?.from} to={row.relation.time?.to} />
            </td>
            <td className="status-cell">
              <StatusBadge status={row.status} claimants={row.edge.claimants} />
            </td>
            <td className="evidence-cell">
              <CompactEvidence evidence={row.relation.evidence} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ClaimsTable({ index, visible, query }: TableProps) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const selectedEdge = useAppStore(selectSelectedEdge);
  const select = useAppStore((s) => s.select);
  const [sort, setSort] = useState<Sort<ClaimSortKey>>({ key: 'claimant', dir: 'ascending' });
  const rows = useMemo(
    () =>
      sortRows(
        matchClaimRows(index, claimRows(index, visible, lang), query),
        CLAIM_SORTS[sort.key],
        sort.dir,
        lang,
      ),
    [index, visible, query, lang, sort],
  );
  // A claim's lines (claimant → interest → beneficiaries) all select it.
  const selectedLine = selectedEdge ? index.edgeById.get(selectedEdge) : undefined;
  const selectedClaim =
    selectedLine && selectedLine.kind !== 'relation' ? selectedLine.refId : null;
  const onRow = useRowSelect();
  const body = useScrollToRow(selectedClaim);
  const other = lang === 'ar' ? 'en' : 'ar';
  const columns: Record<ClaimSortKey, string> = {
    claimant: t('table.columns.claimant'),
    claim: t('table.columns.claim'),
    beneficiaries: t('table.columns.beneficiaries'),
    status: t('table.columns.status'),
  };
  const caption = useCaption(
    t('table.claims'),
    rows.length,
    index.claims.size,
    columns[sort.key],
    sort.dir,
  );
  return (
    <table className="data-table" data-testid="table-claims">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {(Object.keys(columns) as ClaimSortKey[]).map((key) => (
            <SortHeader key={key} column={key} sort={sort} onSort={setSort}>
              {columns[key]}
            </SortHeader>
          ))}
          <th scope="col">{t('table.columns.quote')}</th>
        </tr>
      </thead>
      <tbody ref={body}>
        {rows.length === 0 && <EmptyRow columns={5} />}
        {rows.map((row) => {
          const statement = row.claim.statement?.[lang] ?? row.claim.statement?.[other];
          const isSelected = row.id === selectedClaim;
          return (
            <tr
              key={row.id}
              data-id={row.id}
              className={isSelected ? 'selected' : undefined}
              aria-current={isSelected ? 'true' : undefined}
              onClick={(event) => onRow(event, { type: 'edge', id: row.edgeId })}
            >
              <td>
                <EntityLink id={row.claim.claimant} />
              </td>
              <td>
                <EntityLink id={row.claim.interest} />
                {statement && (
                  <button
                    type="button"
                    className="row-link claim-statement"
                    onClick={() => select({ type: 'edge', id: row.edgeId })}
                  >
                    {statement}
                  </button>
                )}
              </td>
              <td>
                {(row.claim.beneficiaries ?? []).map((id, i) => (
                  <span key={id}>
                    {i > 0 && t('details.separator')}
                    <EntityLink id={id} />
                  </span>
                ))}
              </td>
              <td className="status-cell">
                <StatusBadge status={row.status} claimants={row.claimants} />
              </td>
              <td className="evidence-cell">
                <CompactEvidence evidence={row.claim.evidence} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

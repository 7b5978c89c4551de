import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphIndex } from '../../model/graph-index';
import type { Path, PathStep } from '../../model/paths';
import type { Evidence } from '../../model/schema';
import { useAppStore } from '../../state/store';
import { EntityLink } from '../../ui/EntityLink';
import { EvidenceList } from '../../ui/EvidenceList';
import { RelationSentence } from '../../ui/RelationSentence';
import { StatusBadge } from '../../ui/StatusBadge';

/** Paths through the same entities, with every relation found at each hop. */
export interface Route {
  entities: string[];
  hops: PathStep[][];
}

/** Groups paths that differ only by parallel relations, keeping their order. */
export function routesOf(paths: readonly Path[]): Route[] {
  const routes = new Map<string, Route>();
  for (const path of paths) {
    const key = path.entities.join('\n');
    let route = routes.get(key);
    if (!route) {
      route = { entities: path.entities, hops: path.steps.map(() => []) };
      routes.set(key, route);
    }
    path.steps.forEach((step, i) => {
      const hop = route.hops[i];
      if (hop && !hop.some((s) => s.edge.id === step.edge.id)) hop.push(step);
    });
  }
  return [...routes.values()];
}

/** The shortest paths as numbered routes of plain sentences, each with its evidence. */
export function PathRoutes({ index, paths }: { index: GraphIndex; paths: readonly Path[] }) {
  const { t } = useTranslation();
  const routes = routesOf(paths);
  return (
    <ol className="path-routes">
      {routes.map((route, n) => (
        <li key={route.entities.join('\n')} className="path-route">
          {routes.length > 1 && <h3 className="route-title">{t('paths.route', { n: n + 1 })}</h3>}
          <RouteChain index={index} entities={route.entities} />
          <ol className="path-hops">
            {route.hops.map((hop, i) => (
              <Hop key={i} index={index} hop={hop} />
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}

const STATUS_RANK = { reported: 0, claimed: 1, disputed: 2, unsourced: 3 } as const;

function evidenceOf(index: GraphIndex, step: PathStep): readonly Evidence[] {
  const { edge } = step;
  return (
    (edge.kind === 'relation'
      ? index.relations.get(edge.refId)?.evidence
      : index.claims.get(edge.refId)?.evidence) ?? []
  );
}

/**
 * One hop of a route. When several relations link the same two entities, the best attested one
 * (reported first, then the most evidence) reads in the chain and the others fold away.
 */
function Hop({ index, hop }: { index: GraphIndex; hop: readonly PathStep[] }) {
  const { t } = useTranslation();
  const [first, ...rest] = [...hop].sort(
    (a, b) =>
      STATUS_RANK[a.edge.status] - STATUS_RANK[b.edge.status] ||
      evidenceOf(index, b).length - evidenceOf(index, a).length,
  );
  if (!first) return null;
  return (
    <li className="path-hop">
      <ul>
        <StepItem index={index} step={first} />
      </ul>
      {rest.length > 0 && (
        <details className="path-more">
          <summary>{t('paths.more', { count: rest.length })}</summary>
          <ul>
            {rest.map((step) => (
              <StepItem key={step.edge.id} index={index} step={step} />
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

/**
 * "Israel › Azerbaijan › Huseynyun militia". The chevron points the way the chain reads: ‹ in
 * Arabic. It is chosen, not left to bidi mirroring, and isolated LTR so nothing mirrors it back.
 */
function RouteChain({ index, entities }: { index: GraphIndex; entities: readonly string[] }) {
  const lang = useAppStore((s) => s.lang);
  return (
    <p className="route-chain">
      {entities.map((id, i) => (
        <span key={id}>
          {i > 0 && (
            <span className="chevron" aria-hidden="true">
              {' '}
              <bdi dir="ltr">{lang === 'ar' ? '‹' : '›'}</bdi>{' '}
            </span>
          )}
          <bdi>{index.entities.get(id)?.label[lang] ?? id}</bdi>
        </span>
      ))}
    </p>
  );
}

function StepItem({ index, step }: { index: GraphIndex; step: PathStep }) {
  const { t } = useTranslation();
  const { edge } = step;
  let sentence: ReactNode = null;
  const evidence = evidenceOf(index, step);
  if (edge.kind === 'relation') {
    const relation = index.relations.get(edge.refId);
    const type = relation && index.relationTypes.get(relation.type);
    if (!relation || !type) return null;
    const direction = !type.directed ? 'both' : step.forward ? 'out' : 'in';
    sentence = (
      <RelationSentence
        line={{ relation, type, edge, other: step.to, direction }}
        subject={step.from}
      />
    );
  } else {
    const claim = index.claims.get(edge.refId);
    if (!claim) return null;
    sentence = <ClaimSentence step={step} />;
  }
  const paragraphs = [...new Set(evidence.map((e) => e.paragraph))].sort((a, b) => a - b);
  return (
    <li className="path-step" data-edge={edge.id}>
      <p className="path-sentence">{sentence}</p>
      <p className="path-meta">
        <span className="paragraph-ref">
          {paragraphs.map((n) => t('details.paragraph', { n })).join(t('details.separator'))}
        </span>
        <StatusBadge status={edge.status} claimants={edge.claimants} />
      </p>
      {evidence.length > 0 && (
        <details className="path-evidence">
          <summary>{t('paths.evidence', { count: evidence.length })}</summary>
          <EvidenceList evidence={evidence} />
        </details>
      )}
    </li>
  );
}

const CLAIM_LABELS = {
  claims: ['graph.claims', 'paths.claimedBy'],
  benefits: ['graph.benefits', 'paths.benefitsFrom'],
  concerns: ['graph.concerns', 'paths.concernedBy'],
} as const;

/** A line drawn for a claim, read from the step's side: "X — claims → interest" and back. */
function ClaimSentence({ step }: { step: PathStep }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const kind = step.edge.kind === 'relation' ? 'claims' : step.edge.kind;
  const label = t(CLAIM_LABELS[kind][step.forward ? 0 : 1]);
  return (
    <span className="sentence">
      <EntityLink id={step.from} /> <span className="dash">—</span>{' '}
      <span className="relation-label">{label}</span>{' '}
      <span className="arrow" aria-hidden="true">
        {lang === 'ar' ? '←' : '→'}
      </span>{' '}
      <EntityLink id={step.to} />
    </span>
  );
}

import { kindMap } from './kinds';
import type { Dataset, Entity, Evidence } from './schema';
import { formatPath, problem, type PathSegment, type Problem } from './problems';

const CLAIMANT_KINDS: ReadonlySet<string> = new Set(['person', 'organization', 'country']);

/**
 * Checks what a schema cannot: that every reference resolves, ids are unique, kinds pair with
 * subkinds, and evidence cites paragraphs its source has. Returns every problem, not the first.
 */
export function checkIntegrity(data: Dataset): Problem[] {
  const out: Problem[] = [];
  const entities = new Map<string, Entity>();
  const elementIds = new Map<string, string>();
  const typeIds = new Set<string>();
  const sources = new Map(data.sources.map((source) => [source.id, source]));
  const kinds = kindMap(data);

  const claimId = (id: string, path: PathSegment[], firstIn: Map<string, string>) => {
    if (typeof id !== 'string') return;
    const first = firstIn.get(id);
    if (first !== undefined) out.push(problem('duplicateId', [...path, 'id'], { id, first }));
    else firstIn.set(id, formatPath(path));
  };

  const kindFirst = new Map<string, string>();
  data.entityKinds?.forEach((kind, i) => claimId(kind.id, ['entityKinds', i], kindFirst));
  const sourceIds = new Map<string, string>();
  data.sources.forEach((source, i) => claimId(source.id, ['sources', i], sourceIds));
  const typeFirst = new Map<string, string>();
  data.relationTypes.forEach((type, i) => {
    claimId(type.id, ['relationTypes', i], typeFirst);
    typeIds.add(type.id);
    if (type.directed && !type.inverseLabel) {
      out.push(problem('inverseLabelRequired', ['relationTypes', i], { id: type.id }));
    }
  });
  data.entities.forEach((entity, i) => {
    claimId(entity.id, ['entities', i], elementIds);
    if (!entities.has(entity.id)) entities.set(entity.id, entity);
    const kind = kinds.get(entity.kind);
    if (!kind) {
      out.push(
        problem('unknownKind', ['entities', i, 'kind'], {
          kind: entity.kind,
          allowed: [...kinds.keys()].join(', '),
        }),
      );
    } else if (entity.subkind !== undefined && !kind.subkinds.includes(entity.subkind)) {
      out.push(
        problem('badSubkind', ['entities', i, 'subkind'], {
          subkind: entity.subkind,
          kind: entity.kind,
          allowed: kind.subkinds.join(', ') || '—',
        }),
      );
    }
  });
  // Groups: the parent is an entity, and no entity is (through its parents) its own group.
  data.entities.forEach((entity, i) => {
    if (entity.parent === undefined) return;
    if (!entities.has(entity.parent)) {
      out.push(problem('unknownEntity', ['entities', i, 'parent'], { id: entity.parent }));
      return;
    }
    const seen = new Set([entity.id]);
    for (
      let at = entities.get(entity.parent);
      at;
      at = at.parent ? entities.get(at.parent) : undefined
    ) {
      if (seen.has(at.id)) {
        out.push(problem('groupCycle', ['entities', i, 'parent'], { id: entity.id }));
        break;
      }
      seen.add(at.id);
    }
  });
  data.relations.forEach((relation, i) => claimId(relation.id, ['relations', i], elementIds));
  data.claims.forEach((claim, i) => claimId(claim.id, ['claims', i], elementIds));
  const storyIds = new Map<string, string>();
  data.stories.forEach((story, i) => claimId(story.id, ['stories', i], storyIds));

  const needEntity = (id: string, path: PathSegment[]) => {
    if (typeof id === 'string' && !entities.has(id))
      out.push(problem('unknownEntity', path, { id }));
  };

  const checkEvidence = (list: readonly Evidence[] | undefined, path: PathSegment[]) => {
    list?.forEach((item, i) => {
      const at = [...path, i];
      const source = sources.get(item.source);
      if (typeof item.source !== 'string') return;
      if (!source) out.push(problem('unknownSource', [...at, 'source'], { id: item.source }));
      else if (source.paragraphs && item.paragraph > source.paragraphs.length) {
        out.push(
          problem('paragraphOutOfRange', [...at, 'paragraph'], {
            paragraph: item.paragraph,
            source: source.id,
            count: source.paragraphs.length,
          }),
        );
      } else if (source.paragraphs && Number.isInteger(item.paragraph) && item.paragraph >= 1) {
        const paragraph = source.paragraphs[item.paragraph - 1] ?? '';
        if (!squash(paragraph).includes(squash(item.quote))) {
          out.push(
            problem(
              'quoteNotFound',
              [...at, 'quote'],
              { paragraph: item.paragraph, source: source.id },
              'warning',
            ),
          );
        }
      }
      if (item.status === 'claimed' && item.claimant === undefined) {
        out.push(problem('claimantRequired', at));
      }
      if (item.claimant !== undefined) checkClaimant(item.claimant, [...at, 'claimant']);
    });
  };

  const checkClaimant = (id: string, path: PathSegment[]) => {
    if (typeof id !== 'string') return;
    const claimant = entities.get(id);
    if (!claimant) out.push(problem('unknownEntity', path, { id }));
    // A dataset with its own kinds decides who may claim; only an interest cannot.
    else if (data.entityKinds ? claimant.kind === 'interest' : !CLAIMANT_KINDS.has(claimant.kind)) {
      out.push(problem('claimantKind', path, { id, kind: claimant.kind }));
    }
  };

  data.entities.forEach((entity, i) => checkEvidence(entity.evidence, ['entities', i, 'evidence']));

  data.relations.forEach((relation, i) => {
    const at: PathSegment[] = ['relations', i];
    if (typeof relation.type === 'string' && !typeIds.has(relation.type)) {
      out.push(problem('unknownRelationType', [...at, 'type'], { id: relation.type }));
    }
    needEntity(relation.source, [...at, 'source']);
    needEntity(relation.target, [...at, 'target']);
    if (relation.source === relation.target) {
      out.push(problem('selfRelation', at, { id: relation.source }, 'warning'));
    }
    const { from, to } = relation.time ?? {};
    if (from !== undefined && to !== undefined && from > to) {
      out.push(problem('badTimeRange', [...at, 'time'], { from, to }));
    }
    checkEvidence(relation.evidence, [...at, 'evidence']);
  });

  data.claims.forEach((claim, i) => {
    const at: PathSegment[] = ['claims', i];
    checkClaimant(claim.claimant, [...at, 'claimant']);
    const interest = entities.get(claim.interest);
    if (!interest && typeof claim.interest === 'string')
      out.push(problem('unknownEntity', [...at, 'interest'], { id: claim.interest }));
    else if (interest && interest.kind !== 'interest') {
      out.push(
        problem('interestKind', [...at, 'interest'], { id: claim.interest, kind: interest.kind }),
      );
    }
    claim.beneficiaries?.forEach((id, j) => needEntity(id, [...at, 'beneficiaries', j]));
    claim.concerns?.forEach((id, j) => needEntity(id, [...at, 'concerns', j]));
    checkEvidence(claim.evidence, [...at, 'evidence']);
  });

  data.stories.forEach((story, i) => {
    if (story.source !== undefined && !sources.has(story.source)) {
      out.push(problem('unknownSource', ['stories', i, 'source'], { id: story.source }));
    }
    story.steps?.forEach((step, j) => {
      const at: PathSegment[] = ['stories', i, 'steps', j];
      step.focus?.forEach((id, k) => {
        if (!elementIds.has(id)) out.push(problem('unknownFocus', [...at, 'focus', k], { id }));
      });
      if (step.select !== undefined && !elementIds.has(step.select)) {
        out.push(problem('unknownFocus', [...at, 'select'], { id: step.select }));
      }
    });
  });

  checkRevisions(data.revisions, out);
  return out;
}

/**
 * Revisions are listed oldest first, so each entry's place is its version (the second entry
 * made version 3). Two on the same day are fine: a correction can be corrected.
 */
function checkRevisions(revisions: Dataset['revisions'], out: Problem[]): void {
  if (!Array.isArray(revisions)) return;
  let previous: string | undefined;
  revisions.forEach((revision, i) => {
    const date: unknown = revision?.date;
    // Dates of the wrong form are reported by the schema; comparing them says nothing more.
    if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    if (previous !== undefined && date < previous) {
      out.push(problem('revisionsOrder', ['revisions', i, 'date'], { date, previous }));
    }
    previous = date;
  });
}

/** Compare quotes without caring about runs of whitespace. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

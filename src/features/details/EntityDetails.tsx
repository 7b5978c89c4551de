import { AttributeTable } from './AttributeTable';
import { kindNameIn } from '../../ui/kind-name';
import { useTranslation } from 'react-i18next';
import {
  citedParagraphs,
  claimsAbout,
  claimsMadeBy,
  directionalLabel,
  relationGroups,
} from '../../model/details';
import type { GraphIndex } from '../../model/graph-index';
import type { Evidence } from '../../model/schema';
import { copiedIn } from '../../model/translations';
import { useAppStore } from '../../state/store';
import { ClaimItem } from './ClaimItem';
import { ShortList } from './ShortList';

/** An entity with more relations than this is a hub (the seed's Azerbaijan has 12). */
export const HUB_LINES = 40;
/** How many of each group a hub's details show before "Show all". */
export const HUB_GROUP = 5;
import { EvidenceList } from '../../ui/EvidenceList';
import { RelationDescription, RelationSentence } from '../../ui/RelationSentence';
import { langProps, pickText } from '../../ui/text';
import { UntranslatedMark } from '../../ui/UntranslatedMark';
import { ConnectButton } from '../paths/ConnectButton';

/** More lines and claims than this, and the panel folds its quotes (EvidenceList compact). */
export const COMPACT_FROM = 8;

const evidenceKey = (e: Evidence) => `${e.source}\u0000${e.paragraph}\u0000${e.quote}`;

export function EntityDetails({ index, id }: { index: GraphIndex; id: string }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const entity = index.entities.get(id);
  if (!entity) return null;
  const other = lang === 'ar' ? 'en' : 'ar';
  const groups = relationGroups(index, id);
  const made = claimsMadeBy(index, id);
  const about = claimsAbout(index, id).filter((c) => c.claimant !== id);
  const aliases = [
    ...(entity.aliases?.[lang] ?? []).map((text) => ({ text, lang })),
    ...(entity.aliases?.[other] ?? []).map((text) => ({ text, lang: other })),
  ];
  const description = pickText(entity.description, lang);
  const copied = copiedIn(entity.label);
  // A hub's relations come in many groups: each shows its first few.
  const hub = groups.reduce((sum, group) => sum + group.lines.length, 0) > HUB_LINES;
  // A hub (Azerbaijan: 30 lines and claims, 32 quotes) made a panel 10,000 px long: past a few
  // lines, quotes fold under one click each; status, claimant and paragraph stay in sight.
  const lineCount = groups.reduce((n, g) => n + g.lines.length, 0) + made.length + about.length;
  const compact = lineCount > COMPACT_FROM;
  // "Mentioned in" lists only words not already quoted above, under a line or a claim.
  const quoted = new Set(
    [
      ...groups.flatMap((g) => g.lines.flatMap((l) => l.relation.evidence)),
      ...made.flatMap((c) => c.evidence),
      ...about.flatMap((c) => c.evidence),
    ].map(evidenceKey),
  );
  const mentions = (entity.evidence ?? []).filter((e) => !quoted.has(evidenceKey(e)));
  const kind = kindNameIn(t, lang, index.data, entity.kind);
  // Arabic says دولة for both "Country" and "State": one chip is enough then.
  const subkind = entity.subkind
    ? t(`subkinds.${entity.subkind}`, { defaultValue: entity.subkind })
    : null;
  return (
    <article className="entity-details" data-entity={id}>
      <header>
        <h2 id="details-title" tabIndex={-1}>
          <bdi {...(copied ? langProps(copied) : {})}>{entity.label[lang]}</bdi>
        </h2>
        {/* A label the file gave in one language only is copied to the other: not a translation,
            so not presented as "In Arabic: Ministère des Affaires étrangères", and said to be
            untranslated when it is shown in the other language. */}
        {copied && copied !== lang && (
          <p className="other-name muted">{t('details.nameUntranslated', { lang: copied })}</p>
        )}
        {entity.label[other] !== entity.label[lang] && (
          <p className="other-name">
            <span className="muted">{t('details.otherName', { lang: other })}: </span>
            <bdi {...langProps(other)}>{entity.label[other]}</bdi>
          </p>
        )}
        <p className="kind-line">
          <span className={`kind-chip kind-${entity.kind}`}>{kind}</span>
          {subkind && subkind !== kind && <span className="kind-chip">{subkind}</span>}
        </p>
        {aliases.length > 0 && (
          <p className="aliases">
            <span className="muted">{t('details.aliases')}: </span>
            {aliases.map((alias, i) => (
              <span key={`${alias.lang}:${alias.text}`}>
                {i > 0 && t('details.separator')}
                <bdi {...langProps(alias.lang)}>{alias.text}</bdi>
              </span>
            ))}
          </p>
        )}
        {description && (
          <p className="description" {...langProps(description.lang)}>
            {description.text}
            <UntranslatedMark lang={description.lang} />
          </p>
        )}
        <ConnectButton id={id} />
      </header>

      <AttributeTable attributes={entity.attributes} />

      <section aria-labelledby="rel-title">
        <h3 id="rel-title">{t('details.relations')}</h3>
        {groups.length === 0 && <p className="muted">{t('details.none')}</p>}
        {groups.map((group) => (
          <section key={group.key} className="relation-group">
            <h4>{directionalLabel(group.type, group.direction)[lang]}</h4>
            <ShortList
              items={group.lines}
              limit={hub ? HUB_GROUP : undefined}
              render={(line, props) => (
                <li
                  key={line.relation.id}
                  className="relation"
                  data-relation={line.relation.id}
                  {...props}
                >
                  <RelationSentence line={line} subject={id} />
                  <RelationDescription relation={line.relation} />
                  <EvidenceList evidence={line.relation.evidence} compact={compact} />
                </li>
              )}
            />
          </section>
        ))}
      </section>

      <section aria-labelledby="made-title">
        <h3 id="made-title">{t('details.claimsMade')}</h3>
        {made.length === 0 ? (
          <p className="muted">{t('details.none')}</p>
        ) : (
          <ShortList
            className="claims"
            items={made}
            render={(claim, props) => (
              <ClaimItem key={claim.id} claim={claim} compact={compact} itemProps={props} />
            )}
          />
        )}
      </section>

      <section aria-labelledby="about-title">
        <h3 id="about-title">{t('details.claimsAbout')}</h3>
        {about.length === 0 ? (
          <p className="muted">{t('details.none')}</p>
        ) : (
          <ShortList
            className="claims"
            items={about}
            render={(claim, props) => (
              <ClaimItem key={claim.id} claim={claim} compact={compact} itemProps={props} />
            )}
          />
        )}
      </section>

      {entity.evidence && entity.evidence.length > 0 && (
        <section aria-labelledby="mention-title">
          <h3 id="mention-title">{t('details.mentionedIn')}</h3>
          <p className="muted">
            {citedParagraphs(index, id)
              .map((p) => t('details.paragraph', { n: p.paragraph }))
              .join(t('details.separator'))}
          </p>
          {mentions.length > 0 && <EvidenceList evidence={mentions} compact={compact} />}
        </section>
      )}
    </article>
  );
}

import { useTranslation } from 'react-i18next';
import { directionalLabel, type RelationLine } from '../model/details';
import { useAppStore } from '../state/store';
import { EntityLink } from './EntityLink';
import { langProps, pickText } from './text';
import { UntranslatedMark } from './UntranslatedMark';
import './evidence.css';

/**
 * "Azerbaijan — buys arms from → Israel": subject, the type's label read from the subject's
 * side, object. Arrows are not mirrored by bidi, so Arabic gets the arrow that points the way
 * Arabic reads.
 */
export function RelationSentence({ line, subject }: { line: RelationLine; subject: string }) {
  const lang = useAppStore((s) => s.lang);
  const { t } = useTranslation();
  const label = directionalLabel(line.type, line.direction)[lang];
  const time = line.relation.time;
  return (
    <span className="sentence">
      <EntityLink id={subject} /> <span className="dash">—</span>{' '}
      <span className="relation-label">{label}</span>{' '}
      <span className="arrow" aria-hidden="true">
        {line.direction === 'both' ? '—' : lang === 'ar' ? '←' : '→'}
      </span>{' '}
      <EntityLink id={line.other} />
      {time && (
        <span className="time">
          {' '}
          (
          {time.from === time.to || time.to === undefined
            ? (time.from ?? time.to)
            : t('details.years', { from: time.from ?? '…', to: time.to })}
          )
        </span>
      )}
    </span>
  );
}

/** The dataset's own note on a relation ("built over three decades…"), when it has one. */
export function RelationDescription({ relation }: { relation: RelationLine['relation'] }) {
  const lang = useAppStore((s) => s.lang);
  const description = pickText(relation.description, lang);
  if (!description) return null;
  return (
    <p className="relation-description" {...langProps(description.lang)}>
      {description.text}
      <UntranslatedMark lang={description.lang} />
    </p>
  );
}

import { useId } from 'react';
import { LANGS, type Dataset, type Evidence } from '../../../model/schema';
import { langProps, pickText } from '../../../ui/text';
import { FieldError } from './fields';
import type { EditForm } from './useEditForm';

type Quoted = Pick<Evidence, 'source' | 'paragraph' | 'quote'> & Partial<Evidence>;

/** The quoted words exactly as the source has them, read-only, with "¶N of <source>" and whose word it is. */
export function EvidenceQuote({
  form,
  dataset,
  evidence,
}: {
  form: EditForm;
  dataset: Dataset;
  evidence: Quoted;
}) {
  const { t, lang } = form;
  const captionId = useId();
  const source = dataset.sources.find((item) => item.id === evidence.source);
  const sourceLang = source?.language ?? 'und';
  const title = pickText(source?.title, lang);
  const claimant = dataset.entities.find((entity) => entity.id === evidence.claimant);
  return (
    <figure className="edit-quote" aria-labelledby={captionId}>
      <figcaption id={captionId}>
        {t('edit.evidence.where', { n: evidence.paragraph })}{' '}
        {title ? (
          <cite {...langProps(title.lang)}>{title.text}</cite>
        ) : (
          <cite dir="ltr">{evidence.source}</cite>
        )}
      </figcaption>
      <blockquote {...langProps(sourceLang)}>{evidence.quote}</blockquote>
      {evidence.status && (
        <p className="edit-quote-status">
          {evidence.status === 'claimed' && claimant
            ? `${t('status.claimedBy')} ${claimant.label[lang]}`
            : t(`status.${evidence.status}`)}
        </p>
      )}
      {LANGS.filter((l) => evidence.translation?.[l]).map((l) => (
        <p key={l} className="edit-quote-translation" {...langProps(l)}>
          {evidence.translation?.[l]}
        </p>
      ))}
    </figure>
  );
}

/**
 * A relation's or claim's evidence as the form adds it: the quote the shell gave, or a note that
 * one is needed. It is the target of the refusals about that evidence.
 */
export function EvidenceField({
  form,
  dataset,
  evidence,
  kept = 0,
}: {
  form: EditForm;
  dataset: Dataset;
  evidence?: Evidence;
  /** Evidence the element already has (when editing it). */
  kept?: number;
}) {
  const control = form.control('evidence');
  return (
    <section className="edit-evidence" aria-label={form.t('edit.evidence.section')}>
      <div {...control} tabIndex={-1} className="edit-evidence-body">
        {evidence ? (
          <EvidenceQuote form={form} dataset={dataset} evidence={evidence} />
        ) : (
          kept === 0 && <p className="edit-hint">{form.t('edit.evidence.none')}</p>
        )}
        {kept > 0 && <p className="edit-hint">{form.t('edit.evidence.kept', { count: kept })}</p>}
      </div>
      <FieldError error={form.errorFor('evidence')} />
    </section>
  );
}

/** Refusals about one piece of evidence in a list (they carry its index) belong to the evidence field. */
export function evidenceRename(
  result: { ok: true } | { ok: false; refusal: { params: Record<string, unknown> } },
): Record<string, string> {
  if (result.ok || result.refusal.params.index === undefined) return {};
  return {
    source: 'evidence',
    paragraph: 'evidence',
    quote: 'evidence',
    claimant: 'evidence',
    status: 'evidence',
  };
}

import { useTranslation } from 'react-i18next';
import type { Evidence } from '../model/schema';
import { selectIndex } from '../state/selectors';
import { useAppStore } from '../state/store';
import { StatusBadge } from './StatusBadge';
import { dirOf, langProps, pickText } from './text';
import './evidence.css';

/** Who said it, where, in which words: the quote as written, its translation, the paragraph. */
/**
 * The words behind a line. `compact` (a long panel: an entity with many lines) folds each quote
 * and its translation under one click; who says it, where, and how (reported, claimed by …)
 * stay in sight, as on every surface.
 */
export function EvidenceList({
  evidence,
  compact = false,
}: {
  evidence: readonly Evidence[];
  compact?: boolean;
}) {
  return (
    <ul className={compact ? 'evidence-list compact' : 'evidence-list'}>
      {evidence.map((item, i) => (
        <EvidenceItem key={i} item={item} compact={compact} />
      ))}
    </ul>
  );
}

/** The paragraph with the quoted words marked, when they are in it as written. */
function MarkedParagraph({ text, quote }: { text: string; quote: string }) {
  const at = quote ? text.indexOf(quote) : -1;
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark className="quoted">{quote}</mark>
      {text.slice(at + quote.length)}
    </>
  );
}

function EvidenceItem({ item, compact }: { item: Evidence; compact: boolean }) {
  const { t } = useTranslation();
  const index = useAppStore(selectIndex);
  const lang = useAppStore((s) => s.lang);
  const source = index?.sources.get(item.source);
  const sourceLang = source?.language ?? 'und';
  const other = lang === 'ar' ? 'en' : 'ar';
  // Show the translation into the reader's language; when the source is already in it, the
  // other language, so both versions are always one glance away.
  const translationLang = sourceLang.startsWith(lang) ? other : lang;
  const translation = item.translation?.[translationLang];
  const paragraph = source?.paragraphs?.[item.paragraph - 1];
  const paragraphTranslation = source?.translations?.[translationLang]?.[item.paragraph - 1];
  const title = pickText(source?.title, lang);
  const note = pickText(item.note, lang);
  const words = (
    <>
      <blockquote lang={sourceLang} dir={dirOf(sourceLang)} className="quote">
        {item.quote}
      </blockquote>
      {translation && (
        <>
          <span className="quote-translation-label">
            {t('details.translationInto', { lang: translationLang })}
          </span>
          <p lang={translationLang} dir={dirOf(translationLang)} className="quote-translation">
            {translation}
          </p>
        </>
      )}
    </>
  );
  const badge = (
    <>
      <StatusBadge status={item.status} claimants={item.claimant ? [item.claimant] : []} />
      <span className="paragraph-ref">{t('details.paragraph', { n: item.paragraph })}</span>
    </>
  );
  const where = (
    <>
      <span className="source-title">
        {title ? <bdi {...langProps(title.lang)}>{title.text}</bdi> : <bdi>{item.source}</bdi>}
      </span>
      {source?.url && (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {t('details.link')}
        </a>
      )}
    </>
  );
  const more = (
    <>
      {note && (
        <p className="evidence-note" {...langProps(note.lang)}>
          {note.text}
        </p>
      )}
      {paragraph && (
        <details className="paragraph">
          <summary>{t('details.showParagraph', { n: item.paragraph })}</summary>
          <p lang={sourceLang} dir={dirOf(sourceLang)}>
            <MarkedParagraph text={paragraph} quote={item.quote} />
          </p>
          {paragraphTranslation && (
            <p lang={translationLang} dir={dirOf(translationLang)} className="quote-translation">
              {paragraphTranslation}
            </p>
          )}
        </details>
      )}
    </>
  );
  if (compact) {
    // How it is said, by whom, where (¶) first; the words, the source and its paragraph folded.
    return (
      <li className="evidence">
        <p className="evidence-meta">{badge}</p>
        <details className="quote-fold">
          <summary>{t('details.showQuote')}</summary>
          {words}
          <p className="evidence-meta">{where}</p>
          {more}
        </details>
      </li>
    );
  }
  return (
    <li className="evidence">
      {words}
      <p className="evidence-meta">
        {badge}
        {where}
      </p>
      {more}
    </li>
  );
}

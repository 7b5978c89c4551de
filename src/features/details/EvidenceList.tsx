import { useTranslation } from 'react-i18next';
import type { Evidence } from '../../model/schema';
import { selectIndex } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { StatusBadge } from './StatusBadge';
import { dirOf, langProps, pickText } from './text';

/** Who said it, where, in which words: the quote as written, its translation, the paragraph. */
export function EvidenceList({ evidence }: { evidence: readonly Evidence[] }) {
  return (
    <ul className="evidence-list">
      {evidence.map((item, i) => (
        <EvidenceItem key={i} item={item} />
      ))}
    </ul>
  );
}

function EvidenceItem({ item }: { item: Evidence }) {
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
  return (
    <li className="evidence">
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
      <p className="evidence-meta">
        <StatusBadge status={item.status} claimants={item.claimant ? [item.claimant] : []} />
        <span className="paragraph-ref">{t('details.paragraph', { n: item.paragraph })}</span>
        <span className="source-title">
          {title ? <bdi {...langProps(title.lang)}>{title.text}</bdi> : <bdi>{item.source}</bdi>}
        </span>
        {source?.url && (
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {t('details.link')}
          </a>
        )}
      </p>
      {note && (
        <p className="evidence-note" {...langProps(note.lang)}>
          {note.text}
        </p>
      )}
      {paragraph && (
        <details className="paragraph">
          <summary>{t('details.showParagraph', { n: item.paragraph })}</summary>
          <p lang={sourceLang} dir={dirOf(sourceLang)}>
            {paragraph}
          </p>
          {paragraphTranslation && (
            <p lang={translationLang} dir={dirOf(translationLang)} className="quote-translation">
              {paragraphTranslation}
            </p>
          )}
        </details>
      )}
    </li>
  );
}

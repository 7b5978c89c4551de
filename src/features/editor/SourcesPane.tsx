import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditAction } from '../../model/edit';
import type { Dataset, Evidence } from '../../model/schema';
import { useAppStore } from '../../state/store';
import { pickText } from '../../ui/text';
import {
  ClaimForm,
  EntityForm,
  EvidenceForm,
  RelationForm,
  SourceForm,
  type Applied,
} from './forms';
import { insertedId } from './forms/useEditForm';
import { Reader } from './Reader';
import type { TextSelection } from './reader-selection';
import { SelectionBar } from './SelectionBar';
import { useApply } from './use-apply';

type Flow =
  | { kind: 'evidence'; selection: TextSelection }
  | { kind: 'entity'; selection: TextSelection }
  | { kind: 'relation' | 'claim'; evidence: Evidence }
  | null;

/**
 * Sources and the words in them: add a source by pasting or dropping its text, read it
 * paragraph by paragraph, select words, and make evidence (for a new or existing relation or
 * claim) or an entity of them.
 */
export function SourcesPane({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const apply = useApply();
  // A relation whose ends were picked on the graph ("Connect") waits for its words.
  const pending = useAppStore((s) => s.pendingConnection);
  const clearConnection = useAppStore((s) => s.clearConnection);
  const [adding, setAdding] = useState(dataset.sources.length === 0);
  const [chosen, setChosen] = useState<string | null>(null);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [flow, setFlow] = useState<Flow>(null);
  const source = dataset.sources.find((s) => s.id === chosen) ?? dataset.sources[0];
  // The form for what was selected opens above the paragraphs, which may be scrolled far
  // down (¶9 of 11): bring it into view and move focus to it.
  const flowRef = useRef<HTMLDivElement | null>(null);
  const flowKind = flow?.kind ?? null;
  useEffect(() => {
    if (!flowKind || !flowRef.current) return;
    flowRef.current.scrollIntoView?.({ block: 'start' });
    flowRef.current.focus({ preventScroll: true });
  }, [flowKind]);
  const done = (result: Applied, action: EditAction) => {
    apply(result, action);
    setFlow(null);
  };

  if (adding || !source) {
    return (
      <SourceForm
        dataset={dataset}
        onApply={(result, action) => {
          apply(result, action);
          setChosen(insertedId(result, 'sources') ?? null);
          setAdding(false);
        }}
        onCancel={dataset.sources.length > 0 ? () => setAdding(false) : undefined}
      />
    );
  }
  const label = (id: string) => {
    const item = dataset.sources.find((s) => s.id === id);
    return pickText(item?.title, lang)?.text ?? id;
  };
  return (
    <div className="sources-pane">
      <div className="pane-row">
        <label className="pane-picker">
          <span>{t('editor.sources.shown')}</span>
          <select
            value={source.id}
            onChange={(event) => {
              setChosen(event.target.value);
              setSelection(null);
              setFlow(null);
            }}
          >
            {dataset.sources.map((item) => (
              <option key={item.id} value={item.id}>
                {label(item.id)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setAdding(true)}>
          {t('editor.sources.add')}
        </button>
      </div>
      <SelectionBar
        selection={selection}
        language={source.language}
        onEvidence={() => selection && setFlow({ kind: 'evidence', selection })}
        onEntity={() => selection && setFlow({ kind: 'entity', selection })}
      />
      <div ref={flowRef} className="sources-flow" tabIndex={-1}>
        {flow?.kind === 'evidence' && (
          <EvidenceForm
            key={`${flow.selection.paragraph}:${flow.selection.start}:${flow.selection.end}`}
            dataset={dataset}
            selection={{ ...flow.selection, status: 'reported' }}
            onApply={done}
            onCancel={() => setFlow(null)}
            onEvidenceReady={(evidence, target) => setFlow({ kind: target, evidence })}
          />
        )}
        {flow?.kind === 'entity' && (
          <EntityForm
            dataset={dataset}
            initial={{ label: labelFrom(flow.selection.text, source.language) }}
            onApply={done}
            onCancel={() => setFlow(null)}
          />
        )}
        {flow?.kind === 'relation' && (
          <RelationForm
            dataset={dataset}
            evidence={flow.evidence}
            initial={pending ?? undefined}
            onApply={(result, action) => {
              done(result, action);
              clearConnection();
            }}
            onCancel={() => setFlow(null)}
          />
        )}
        {flow?.kind === 'claim' && (
          <ClaimForm
            dataset={dataset}
            evidence={flow.evidence}
            initial={flow.evidence.claimant ? { claimant: flow.evidence.claimant } : {}}
            onApply={done}
            onCancel={() => setFlow(null)}
          />
        )}
      </div>
      <Reader source={source} onSelect={setSelection} />
    </div>
  );
}

/** Selected words become the label in the source's language (Arabic or English) only. */
function labelFrom(text: string, language: string): { ar?: string; en?: string } {
  if (language === 'ar' || language.startsWith('ar-')) return { ar: text };
  if (language === 'en' || language.startsWith('en-')) return { en: text };
  return {};
}

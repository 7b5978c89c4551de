import { useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { selectIndex } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { MissingSelection } from '../revisions/MissingSelection';
import { EdgeDetails } from './EdgeDetails';
import { EntityDetails } from './EntityDetails';
import './details.css';
import { CloseIcon } from '../../ui/CloseIcon';

/** Where the panel becomes a bottom sheet: keep in step with details.css. */
const PHONE_QUERY = '(max-width: 700px)';

function isPhone(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.(PHONE_QUERY).matches === true;
}

/** The panel on the inline-end side (a bottom sheet on phones) for what is selected. */
export function DetailsPanel() {
  const { t } = useTranslation();
  const index = useAppStore(selectIndex);
  const selection = useAppStore((s) => s.selection);
  const clear = useAppStore((s) => s.clearSelection);
  const foldLegend = useAppStore((s) => s.setLegendOpen);
  const bodyRef = useRef<HTMLDivElement | null>(null);
  // Set when a name inside the panel was activated: the button that had focus is about to be
  // replaced, so focus goes to the new heading instead of falling back to the page body.
  const followedLink = useRef(false);
  // Phones only (the toggle is hidden on wider screens): a short sheet that leaves the graph
  // visible above it, or a tall one for reading.
  const [expanded, setExpanded] = useState(false);
  const key = selection ? `${selection.type}:${selection.id}` : '';

  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    // A new selection starts at its heading, not where the previous one was scrolled to.
    body.scrollTop = 0;
    if (followedLink.current) {
      followedLink.current = false;
      body.querySelector<HTMLElement>('#details-title')?.focus({ preventScroll: true });
    }
    // On a phone the sheet and the legend would cover the graph between them (the legend sits
    // above the sheet, often over the very node just tapped): fold the legend; its button
    // brings it back.
    if (isPhone()) foldLegend(false);
  }, [key, foldLegend]);

  if (!index || !selection) return null;
  const known =
    selection.type === 'node' ? index.entities.has(selection.id) : index.edgeById.has(selection.id);

  const onClickCapture = (event: MouseEvent) => {
    const link = (event.target as Element).closest?.('.entity-link');
    if (link && link.getAttribute('data-entity') !== selection.id) followedLink.current = true;
  };

  return (
    <aside
      // Where it floats over the graph (phone sheet, embed card) the camera keeps the
      // selection out from under it.
      data-occludes-graph=""
      className={expanded ? 'details-panel expanded' : 'details-panel'}
      aria-labelledby="details-title"
      // An id the dataset does not have (an old link, a removed entity) says so, not nothing.
      data-testid={known ? 'details' : 'details-missing'}
      data-selection={key}
      onClickCapture={onClickCapture}
    >
      {/* Outside the scrolling body, so closing is always one click away. */}
      <div className="details-actions">
        <button
          type="button"
          className="icon-button close"
          onClick={() => {
            // Focus goes back to the graph, on the entity that was shown (keyboard users get
            // the cursor there), not to the start of the page.
            document.querySelector<HTMLElement>('[data-testid="graph"]')?.focus();
            clear();
          }}
          aria-label={t('details.close')}
          title={t('details.close')}
        >
          <CloseIcon size={20} />
        </button>
        <button
          type="button"
          className="icon-button sheet-toggle"
          onClick={() => setExpanded((open) => !open)}
          aria-label={t(expanded ? 'details.collapse' : 'details.expand')}
          title={t(expanded ? 'details.collapse' : 'details.expand')}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" width="20" height="20">
            <path
              d={expanded ? 'M6 9l6 6 6-6' : 'M6 15l6-6 6 6'}
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
        </button>
      </div>
      <div className="details-body" ref={bodyRef}>
        {!known ? (
          <MissingSelection key={key} id={selection.id} data={index.data} />
        ) : selection.type === 'node' ? (
          <EntityDetails key={selection.id} index={index} id={selection.id} />
        ) : (
          <EdgeDetails key={selection.id} index={index} id={selection.id} />
        )}
      </div>
    </aside>
  );
}

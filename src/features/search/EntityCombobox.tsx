import { useKindName } from '../../ui/kind-name';
import { useEffect, useId, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf } from '../../i18n/langs';
import type { SearchHit } from '../../model/search';
import { useAppStore } from '../../state/store';
import { ConnectIcon } from '../paths/ConnectIcon';
import { useEntitySearch } from './useEntitySearch';
import './search.css';

export interface EntityComboboxProps {
  /** The accessible name of the input. */
  label: string;
  placeholder: string;
  /** Enter or a click on a match. */
  onChoose: (hit: SearchHit) => void;
  /** Shift+Enter, or the small button on a match (shown only when given). */
  onSecondary?: (hit: SearchHit) => void;
  secondaryLabel?: string;
  /** How to use it with the keyboard, read by screen readers with the input. */
  hint?: string;
  /** Entities never offered. */
  exclude?: readonly string[];
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
  /** A key that focuses the input, shown in it while it is empty and unfocused. */
  shortcut?: string;
}

/**
 * An input that finds entities by any of their names, in Arabic or English, following the ARIA 1.2
 * combobox pattern with a list popup: the first match is active as you type, ↑/↓ move, Enter
 * chooses, Esc closes (then clears); focus never leaves the input.
 */
export function EntityCombobox({
  label,
  placeholder,
  onChoose,
  onSecondary,
  secondaryLabel,
  hint,
  exclude,
  inputRef,
  className,
  shortcut,
}: EntityComboboxProps) {
  const kindLabel = useKindName();
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const id = useId();
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const hits = useEntitySearch(query, exclude);
  const blank = query.trim() === '';
  const showPopup = open && !blank;
  const expanded = showPopup && hits.length > 0;
  const current = expanded ? hits[Math.min(active, hits.length - 1)] : undefined;
  const optionId = (i: number) => `${id}-option-${i}`;
  const activeId = current ? optionId(hits.indexOf(current)) : undefined;

  useEffect(() => {
    if (!activeId) return;
    document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const reset = () => {
    setQuery('');
    setOpen(false);
    setActive(0);
  };
  const choose = (hit: SearchHit) => {
    reset();
    onChoose(hit);
  };
  const secondary = (hit: SearchHit) => {
    reset();
    onSecondary?.(hit);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const n = hits.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        if (!expanded) {
          setOpen(true);
          setActive(down || n === 0 ? 0 : n - 1);
        } else if (!event.altKey) {
          setActive((a) => (down ? (a + 1) % n : (a - 1 + n) % n));
        }
        break;
      }
      case 'Enter':
        if (!current) return;
        event.preventDefault();
        if (event.shiftKey && onSecondary) secondary(current);
        else choose(current);
        break;
      case 'Escape':
        // Handled here, so the explorer does not also clear its selection.
        if (showPopup) {
          event.preventDefault();
          setOpen(false);
        } else if (!blank) {
          event.preventDefault();
          reset();
        }
        break;
    }
  };

  const other = lang === 'ar' ? 'en' : 'ar';
  return (
    <div className={`combobox${className ? ` ${className}` : ''}`}>
      <input
        ref={inputRef}
        type="text"
        role="combobox"
        className="combobox-input"
        aria-label={label}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        aria-describedby={hint ? hintId : undefined}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        dir={blank ? undefined : 'auto'}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      {shortcut && (
        <kbd className="combobox-key" aria-hidden="true">
          {shortcut}
        </kbd>
      )}
      {hint && (
        <span id={hintId} className="visually-hidden">
          {hint}
        </span>
      )}
      <ul
        id={listId}
        role="listbox"
        aria-label={t('search.results')}
        className="combobox-list"
        hidden={!expanded}
      >
        {expanded &&
          hits.map((hit, i) => {
            const kind = hit.entity.kind;
            return (
              <li
                key={hit.id}
                id={optionId(i)}
                role="option"
                aria-selected={hit === current}
                className="combobox-option"
                data-entity={hit.id}
                // Keep the focus in the input: a click must not blur it first.
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => setActive(i)}
                onClick={() => choose(hit)}
              >
                <span className="option-names">
                  <bdi className="option-name" lang={lang}>
                    {hit.entity.label[lang]}
                  </bdi>
                  <bdi className="option-other" lang={other} dir={directionOf(other)}>
                    {hit.entity.label[other]}
                  </bdi>
                  {hit.fuzzy && (
                    // A typo-tolerant hit says so, with the name it is close to.
                    <span className="option-fuzzy" data-fuzzy="">
                      {t('search.closeTo')}:{' '}
                      <bdi lang={hit.lang} dir={directionOf(hit.lang)}>
                        {hit.matched}
                      </bdi>
                    </span>
                  )}
                  {hit.field === 'attribute' && (
                    // Found by a column of the file: which one, and its value.
                    <span className="option-alias" data-attribute="">
                      <bdi dir="auto">{hit.attribute}</bdi>:{' '}
                      <bdi lang={hit.lang} dir={directionOf(hit.lang)}>
                        {hit.matched}
                      </bdi>
                    </span>
                  )}
                  {hit.field === 'alias' && !hit.fuzzy && (
                    <span className="option-alias">
                      {t('search.alsoCalled')}:{' '}
                      <bdi lang={hit.lang} dir={directionOf(hit.lang)}>
                        {hit.matched}
                      </bdi>
                    </span>
                  )}
                </span>
                <span className={`kind-chip kind-${kind}`}>
                  <bdi>{kindLabel(kind)}</bdi>
                </span>
                {onSecondary && (
                  // Pointer shortcut for Shift+Enter (announced through the input's hint).
                  <span
                    className="option-secondary"
                    aria-hidden="true"
                    title={secondaryLabel}
                    onClick={(event) => {
                      event.stopPropagation();
                      secondary(hit);
                    }}
                  >
                    <ConnectIcon />
                  </span>
                )}
              </li>
            );
          })}
      </ul>
      {showPopup && hits.length === 0 && (
        <p className="combobox-empty">{t('search.noMatch', { query: query.trim() })}</p>
      )}
      <span className="visually-hidden" role="status">
        {showPopup ? t('search.count', { count: hits.length }) : ''}
      </span>
    </div>
  );
}

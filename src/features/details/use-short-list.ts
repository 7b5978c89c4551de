import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/** A long list shows this many first (the seed's longest, Azerbaijan's claims, has 11). */
export const SHORT_LIST = 20;

/**
 * The first `limit` of a long list, then all of it on "Show all" (focus goes to the first
 * item that was hidden) and before printing: a printout never lacks what the panel would show.
 * A hub's 210 relations were ~180 ms of React on every click, and unreadable as one column.
 */
export function useShortList<T>(items: readonly T[], limit = SHORT_LIST) {
  const [all, setAll] = useState(false);
  const firstHidden = useRef<HTMLLIElement | null>(null);
  // Set by "Show all": the render that shows the rest moves focus to the first of them.
  const focusNext = useRef(false);
  const long = items.length > limit;
  useEffect(() => {
    if (!long || all) return;
    const expand = () => flushSync(() => setAll(true));
    window.addEventListener('beforeprint', expand);
    return () => window.removeEventListener('beforeprint', expand);
  }, [long, all]);
  useEffect(() => {
    if (!all || !focusNext.current) return;
    focusNext.current = false;
    firstHidden.current?.focus();
  }, [all]);
  return {
    shown: long && !all ? items.slice(0, limit) : items,
    /** How many are hidden (0 when all are shown). */
    hidden: long && !all ? items.length - limit : 0,
    showAll: () => {
      focusNext.current = true;
      setAll(true);
    },
    /** For the item at `index`: the one focus goes to after "Show all". */
    itemProps: (index: number) => (index === limit ? { ref: firstHidden, tabIndex: -1 } : {}),
  };
}

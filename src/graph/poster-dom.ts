import { POSTER_ID } from './poster';

/**
 * The poster in the page (poster.ts, written by the build): laid over the box the graph will
 * be drawn in, and taken away once the live graph is on screen, or at once when the page shows
 * something else (another file, a draft, a load error).
 */
export function posterElement(doc: Document): HTMLElement | null {
  const element = doc.getElementById(POSTER_ID);
  return element && !element.classList.contains('leaving') ? element : null;
}

/** Lays the poster over `box` (the graph's host, or where it will be). */
export function placePoster(doc: Document, box: Element): void {
  const poster = posterElement(doc);
  if (!poster) return;
  const rect = box.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return;
  Object.assign(poster.style, {
    inset: 'auto',
    left: `${rect.left}px`,
    top: `${rect.top}px`,
    width: `${rect.width}px`,
    height: `${rect.height}px`,
  });
}

/** `fade`: the live graph is under it, so it fades out; otherwise it goes at once. */
export function dropPoster(doc: Document, fade: boolean): void {
  const poster = posterElement(doc);
  if (!poster) return;
  const view = doc.defaultView;
  const still = !view || view.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  if (!fade || still) {
    poster.remove();
    return;
  }
  poster.classList.add('leaving');
  const remove = () => poster.remove();
  poster.addEventListener('transitionend', remove, { once: true });
  // No transition ran (a hidden tab, a style that never applied): gone all the same.
  view.setTimeout(remove, 600);
}

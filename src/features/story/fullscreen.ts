/** Full screen for the presenter, when the browser allows it; a refusal is not an error. */
export function enterFullscreen(): void {
  const root = typeof document === 'undefined' ? null : document.documentElement;
  if (!root?.requestFullscreen || document.fullscreenElement) return;
  try {
    void root.requestFullscreen().catch(() => undefined);
  } catch {
    // Not allowed here (no user gesture, an iframe without allowfullscreen): stay windowed.
  }
}

export function leaveFullscreen(): void {
  if (typeof document === 'undefined' || !document.fullscreenElement) return;
  try {
    void document.exitFullscreen?.().catch(() => undefined);
  } catch {
    // Already left.
  }
}

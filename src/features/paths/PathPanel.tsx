/** Placeholder: "How are these connected?" (issue 4) replaces this. */
export function PathPanel() {
  return null;
}

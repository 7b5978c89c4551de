/** Placeholder: filters and lenses (issue 4) replace this. */
export function FilterPanel() {
  return null;
}

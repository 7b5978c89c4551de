/** Placeholder: the bilingual search combobox (issue 4) replaces this. */
export function SearchBox() {
  return null;
}

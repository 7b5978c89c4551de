/** Placeholder: the table view (issue 4) replaces this. */
export function TableView() {
  return null;
}

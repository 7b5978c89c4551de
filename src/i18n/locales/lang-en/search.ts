/** English strings of the search feature (the parity test checks the keys match). */
export const search = {
  label: 'Search entities',
  placeholder: 'Search in Arabic or English',
  results: 'Matching entities',
  count_one: '{{count}} match',
  count_other: '{{count}} matches',
  noMatch: 'No match for “{{query}}”',
  alsoCalled: 'Also called',
  closeTo: 'Closest spelling',
  connect: 'Find how it is connected',
  hint: 'Up and down arrows move through the matches. Enter shows the entity on the graph; Shift+Enter finds how it is connected to another entity.',
};

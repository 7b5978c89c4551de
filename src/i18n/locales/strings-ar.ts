import { ar } from './ar';
import { embed } from './lang-ar/embed';
import { filters } from './lang-ar/filters';
import { io } from './lang-ar/io';
import { paths } from './lang-ar/paths';
import { regions } from './lang-ar/regions';
import { revisions } from './lang-ar/revisions';
import { search } from './lang-ar/search';
import { story } from './lang-ar/story';
import { table } from './lang-ar/table';

/**
 * Every Arabic string the app starts with: the base strings and each feature's, under its
 * key prefix. Its own chunk (src/i18n/load.ts): a reader downloads one language, not two.
 */
export const strings = {
  ...ar,
  search,
  filters,
  paths,
  table,
  story,
  embed,
  io,
  regions,
  revisions,
};

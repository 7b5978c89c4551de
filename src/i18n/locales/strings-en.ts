import { en } from './en';
import { embed } from './lang-en/embed';
import { filters } from './lang-en/filters';
import { io } from './lang-en/io';
import { paths } from './lang-en/paths';
import { regions } from './lang-en/regions';
import { revisions } from './lang-en/revisions';
import { search } from './lang-en/search';
import { story } from './lang-en/story';
import { table } from './lang-en/table';

/**
 * Every English string the app starts with: the base strings and each feature's, under its
 * key prefix. Its own chunk (src/i18n/load.ts): a reader downloads one language, not two.
 */
export const strings = {
  ...en,
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

/** Strings of one feature in both languages; the parity test checks their keys match. */
export interface FeatureLocale {
  en: Record<string, unknown>;
  ar: Record<string, unknown>;
}

import { useTranslation } from 'react-i18next';
import type { Entity } from '../../model/schema';
import { useAppStore } from '../../state/store';

type Attributes = NonNullable<Entity['attributes']>;
type Value = Attributes[string];

/** A link only for an absolute http(s) address: never javascript:, data: or a relative path. */
function httpUrl(value: string): string | null {
  if (!/^https?:\/\//i.test(value.trim())) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function AttributeValue({ value }: { value: Value }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  if (value === null || value === '') return <span className="muted">—</span>;
  if (typeof value === 'boolean') return <>{t(value ? 'details.yes' : 'details.no')}</>;
  if (typeof value === 'number') {
    // Latin digits in both languages, as everywhere else in the app.
    return (
      <bdi>
        {new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en', {
          maximumFractionDigits: 6,
        }).format(value)}
      </bdi>
    );
  }
  const url = httpUrl(value);
  if (url) {
    return (
      <a href={url} target="_blank" rel="noopener noreferrer">
        <bdi>{value}</bdi>
      </a>
    );
  }
  // The file's own words, in whatever language and direction they are.
  return <bdi dir="auto">{value}</bdi>;
}

/**
 * The attributes an element brought from its file (Gephi columns, GraphML keys, Kumu fields),
 * as the file named them: shown as data, never as markup.
 */
export function AttributeTable({ attributes }: { attributes: Attributes | undefined }) {
  const { t } = useTranslation();
  const entries = Object.entries(attributes ?? {});
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="attributes-title" className="attributes">
      <h3 id="attributes-title">{t('details.attributes')}</h3>
      <table className="attribute-table">
        <tbody>
          {entries.map(([name, value]) => (
            <tr key={name}>
              <th scope="row">
                <bdi dir="auto">{name}</bdi>
              </th>
              <td>
                <AttributeValue value={value} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

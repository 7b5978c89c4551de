import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attributeBounds } from '../../model/appearance';
import type { FilterState } from '../../model/filters';
import type { GraphIndex } from '../../model/graph-index';

type Range = NonNullable<FilterState['range']>;

/**
 * From and To for a numeric attribute, starting at the file's own smallest and largest value.
 * The whole span is no filter; numbers in the wrong order are said, not applied.
 */
export function AttributeRange({
  index,
  name,
  range,
  onChange,
}: {
  index: GraphIndex;
  name: string;
  range: Range | null;
  onChange: (range: Range | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const bounds = attributeBounds(index.data, name);
  const [text, setText] = useState(() => ({
    min: String(range?.min ?? bounds?.min ?? ''),
    max: String(range?.max ?? bounds?.max ?? ''),
  }));
  if (!bounds) return null;
  const min = Number(text.min);
  const max = Number(text.max);
  const valid = text.min.trim() !== '' && text.max.trim() !== '' && Number.isFinite(min + max);
  const reversed = valid && min > max;
  const update = (next: { min: string; max: string }) => {
    setText(next);
    const low = Number(next.min);
    const high = Number(next.max);
    if (next.min.trim() === '' || next.max.trim() === '' || !Number.isFinite(low + high)) return;
    if (low > high) return;
    onChange(low <= bounds.min && high >= bounds.max ? null : { name, min: low, max: high });
  };
  return (
    <fieldset className="attribute-range" aria-describedby={`${id}-hint`}>
      <legend className="visually-hidden">{name}</legend>
      <Bound
        label={t('filters.rangeFrom')}
        value={text.min}
        invalid={reversed}
        onChange={(min) => update({ ...text, min })}
      />
      <Bound
        label={t('filters.rangeTo')}
        value={text.max}
        invalid={reversed}
        onChange={(max) => update({ ...text, max })}
      />
      <p
        id={`${id}-hint`}
        className={reversed ? 'attribute-range-error' : 'muted'}
        role={reversed ? 'alert' : undefined}
      >
        {reversed ? t('filters.rangeOrder') : t('filters.rangeHint', bounds)}
      </p>
    </fieldset>
  );
}

/** One end of the range: a number field that keeps what is typed, even half a number. */
function Bound(props: {
  label: string;
  value: string;
  invalid: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <label>
      <span>{props.label}</span>
      <input
        type="number"
        step="any"
        inputMode="decimal"
        value={props.value}
        aria-invalid={props.invalid || undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </label>
  );
}

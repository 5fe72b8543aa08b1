import { useId, type ReactNode } from 'react';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';

// Labelled, grouped form controls: each group is a fieldset with a legend, its hint and error tied
// to it by aria-describedby, and every control at least 44 px tall.

interface GroupProps {
  legend: string;
  /** Read before the legend by screen readers only: what a repeated question is about. */
  context?: string | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  children: ReactNode;
  className?: string;
  legendClass?: string;
}

export function Group({
  legend,
  context,
  hint,
  error,
  children,
  className,
  legendClass,
}: GroupProps) {
  const id = useId();
  const describedBy = [
    hint !== undefined ? `${id}-hint` : '',
    error !== undefined ? `${id}-error` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      className={`group${className ? ` ${className}` : ''}${error !== undefined ? ' invalid' : ''}`}
      aria-describedby={describedBy || undefined}
      aria-invalid={error !== undefined || undefined}
    >
      <legend className={legendClass}>
        {context !== undefined && <span className="visually-hidden">{`${context}:`}</span>} {legend}
      </legend>
      {hint !== undefined && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error !== undefined && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}

export interface Option<V extends string> {
  value: V;
  label: string;
  hint?: string | undefined;
}

interface ChoiceProps<F extends FieldValues, V extends string> {
  control: Control<F>;
  name: Path<F>;
  legend: string;
  context?: string | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  options: Option<V>[];
  onToggle?: (value: V, on: boolean) => void;
  className?: string;
}

/** A set of checkboxes whose value is always an array of the checked option values. */
export function CheckboxGroup<F extends FieldValues, V extends string>(props: ChoiceProps<F, V>) {
  const { field } = useController({ control: props.control, name: props.name });
  const checked = (field.value as V[] | undefined) ?? [];
  const toggle = (value: V, on: boolean) => {
    field.onChange(on ? [...checked, value] : checked.filter((v) => v !== value));
    props.onToggle?.(value, on);
  };
  return (
    <Group
      legend={props.legend}
      context={props.context}
      hint={props.hint}
      error={props.error}
      className={props.className}
    >
      <div className="options">
        {props.options.map((option, index) => (
          <Choice key={option.value} option={option}>
            {(hintId) => (
              <input
                aria-describedby={hintId}
                type="checkbox"
                name={field.name}
                value={option.value}
                checked={checked.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
                onBlur={field.onBlur}
                ref={index === 0 ? field.ref : undefined}
              />
            )}
          </Choice>
        ))}
      </div>
    </Group>
  );
}

/** One answer out of several; `parse` turns the chosen option back into the field's value. */
export function RadioGroup<F extends FieldValues, V extends string>(
  props: ChoiceProps<F, V> & {
    parse?: (value: V) => unknown;
    format?: (value: unknown) => V | undefined;
  },
) {
  const { field } = useController({ control: props.control, name: props.name });
  const current = props.format ? props.format(field.value) : (field.value as V | undefined);
  return (
    <Group
      legend={props.legend}
      context={props.context}
      hint={props.hint}
      error={props.error}
      className={props.className}
    >
      <div className="options">
        {props.options.map((option, index) => (
          <Choice key={option.value} option={option}>
            {(hintId) => (
              <input
                aria-describedby={hintId}
                type="radio"
                name={field.name}
                value={option.value}
                checked={current === option.value}
                onChange={() =>
                  field.onChange(props.parse ? props.parse(option.value) : option.value)
                }
                onBlur={field.onBlur}
                ref={index === 0 ? field.ref : undefined}
              />
            )}
          </Choice>
        ))}
      </div>
    </Group>
  );
}

/**
 * One option in its bordered box. Its hint is its description, not part of its name: hidden from
 * the label's name and tied to the control by aria-describedby (a referenced node is read even
 * when hidden), so the option is announced by its label, then its hint.
 */
function Choice({
  option,
  children,
}: {
  option: Option<string>;
  children: (hintId: string | undefined) => ReactNode;
}) {
  const id = useId();
  const hintId = option.hint === undefined ? undefined : `${id}-hint`;
  return (
    <div className="choice">
      <label>
        {children(hintId)}
        <span className="choice-text">
          <span>{option.label}</span>
          {option.hint !== undefined && (
            <span className="hint" id={hintId} aria-hidden="true">
              {option.hint}
            </span>
          )}
        </span>
      </label>
    </div>
  );
}

interface ScaleProps<F extends FieldValues> {
  control: Control<F>;
  name: Path<F>;
  legend: string;
  ends: { low: string; middle: string; high: string };
  error?: string | undefined;
}

/** A 0-10 numeric rating scale as a radio group, with the ends and the middle in words. */
export function Scale<F extends FieldValues>({
  control,
  name,
  legend,
  ends,
  error,
}: ScaleProps<F>) {
  const { field } = useController({ control, name });
  const words: Partial<Record<number, string>> = { 0: ends.low, 5: ends.middle, 10: ends.high };
  return (
    <Group legend={legend} error={error} className="scale">
      <div className="scale-points">
        {Array.from({ length: 11 }, (_, n) => (
          <label key={n} className="scale-point">
            <input
              type="radio"
              name={field.name}
              value={n}
              checked={field.value === n}
              onChange={() => field.onChange(n)}
              onBlur={field.onBlur}
              ref={n === 0 ? field.ref : undefined}
            />
            <span className="scale-number">{n}</span>
            {words[n] !== undefined && <span className="visually-hidden">{`: ${words[n]}`}</span>}
          </label>
        ))}
      </div>
      <div className="scale-words" aria-hidden="true">
        <span>0: {ends.low}</span>
        <span>5: {ends.middle}</span>
        <span>10: {ends.high}</span>
      </div>
    </Group>
  );
}

interface NumberFieldProps<F extends FieldValues> {
  control: Control<F>;
  name: Path<F>;
  label: string;
  hint?: string;
  error?: string | undefined;
  max: number;
}

/** A labelled text control with its hint and error tied to it; `children` renders the control. */
export function Field({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
}) {
  const id = useId();
  const describedBy =
    [hint !== undefined ? `${id}-hint` : '', error !== undefined ? `${id}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <div className={`field${error !== undefined ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error !== undefined && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {children({ id, describedBy })}
    </div>
  );
}

/** A whole number typed on a numeric keypad; empty or not a number reaches the schema as such. */
export function NumberField<F extends FieldValues>({
  control,
  name,
  label,
  hint,
  error,
  max,
}: NumberFieldProps<F>) {
  const {
    field: { value, onChange, onBlur, ref, name: fieldName },
  } = useController({ control, name });
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy }) => (
        <input
          id={id}
          name={fieldName}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={String(max).length + 1}
          className="number-input"
          value={
            typeof value === 'number' && !Number.isNaN(value)
              ? String(value)
              : typeof value === 'string'
                ? value
                : ''
          }
          onChange={(event) => {
            const text = event.target.value.trim();
            onChange(text === '' ? undefined : /^\d+$/.test(text) ? Number(text) : text);
          }}
          onBlur={onBlur}
          ref={ref}
          aria-invalid={error !== undefined || undefined}
          aria-describedby={describedBy}
        />
      )}
    </Field>
  );
}

import { useId, type ReactNode } from 'react';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import type { NumberMessages } from '../i18n/catalogue';
import { useLocale } from '../i18n/locale';
import { useErrorSummaryEntry } from './ErrorSummary';

// Labelled, grouped form controls: each group is a fieldset with a legend, its hint and error tied
// to it by aria-describedby, and every control at least 44 px tall. Each has a stable id made from
// its field's name, which the error summary links to.

/** The id of a field's control (or of its group's fieldset), from the field's name. */
export const fieldId = (name: string) => `field-${name.replaceAll('.', '-')}`;

interface GroupProps {
  /** Unique on the page: the error summary links here. */
  id: string;
  legend: string;
  /** What the error summary says the question is, when not the legend. */
  question?: string | undefined;
  /** Read before the legend by screen readers only: what a repeated question is about. */
  context?: string | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  children: ReactNode;
  className?: string;
  legendClass?: string;
}

export function Group({
  id,
  legend,
  question,
  context,
  hint,
  error,
  children,
  className,
  legendClass,
}: GroupProps) {
  useErrorSummaryEntry(
    id,
    error,
    question ?? (context !== undefined ? `${context}: ${legend}` : legend),
  );
  const describedBy = [
    hint !== undefined ? `${id}-hint` : '',
    error !== undefined ? `${id}-error` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      id={id}
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
  /** By default made from the name; needed when two groups share one field. */
  id?: string;
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
      id={props.id ?? fieldId(props.name)}
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
      id={props.id ?? fieldId(props.name)}
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
    <Group id={fieldId(name)} legend={legend} error={error} className="scale">
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

/** A limit on a text's length, counted as the contract counts it. */
interface Count {
  length: number;
  max: number;
  /** Shown even under the limit ("12 characters left"); otherwise only once over it. */
  always?: boolean;
}

/**
 * A labelled text control with its hint and error tied to it; `children` renders the control with
 * the `id` given. With `count`, what is left of a length limit shows under the control, and going
 * over it is said at once (a paste is never cut short silently).
 */
export function Field({
  id,
  label,
  question,
  hint,
  error,
  count,
  children,
}: {
  /** Unique on the page: the error summary links here. */
  id: string;
  label: string;
  /** What the error summary says the question is; nothing when the message names the field. */
  question?: string | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  count?: Count | undefined;
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
}) {
  useErrorSummaryEntry(id, error, question);
  const over = count !== undefined && count.length > count.max;
  const counted = count !== undefined && (over || count.always === true);
  const describedBy =
    [
      hint !== undefined ? `${id}-hint` : '',
      error !== undefined ? `${id}-error` : '',
      counted ? `${id}-count` : '',
    ]
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
      {count !== undefined && <CharacterCount id={`${id}-count`} shown={counted} {...count} />}
    </div>
  );
}

/**
 * "12 characters left", or "3 characters too many" once over. The visible count is read with the
 * control; going over is also announced as it happens, in a live region of its own, so that typing
 * under the limit does not talk at every key.
 */
function CharacterCount({ id, shown, length, max }: Count & { id: string; shown: boolean }) {
  const { t } = useLocale();
  const over = length - max;
  return (
    <>
      {shown && (
        <p className={`character-count${over > 0 ? ' over' : ''}`} id={id}>
          {over > 0 ? t.app.charactersTooMany(over) : t.app.charactersLeft(-over)}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {over > 0 ? t.app.charactersTooMany(over) : ''}
      </p>
    </>
  );
}

/** Which rule a whole-number answer breaks, from its value and the schema's issue. */
export function numberProblem(
  error: { type?: unknown } | undefined,
  value: unknown,
): keyof NumberMessages | undefined {
  if (error === undefined) return undefined;
  if (value === undefined || value === '') return 'empty';
  // Digits too many for a number to hold are kept as typed: still a whole number, only too big.
  if (typeof value === 'string')
    return /^\d+$/.test(value) ? 'tooHigh' : /^-\d+$/.test(value) ? 'tooLow' : 'notWhole';
  if (error.type === 'too_big') return 'tooHigh';
  if (error.type === 'too_small') return 'tooLow';
  return 'notWhole';
}

interface NumberFieldProps<F extends FieldValues> {
  control: Control<F>;
  name: Path<F>;
  label: string;
  hint?: string;
  /** The schema's error for the field, if any: its rule is said in the words of `messages`. */
  error?: { type?: unknown } | undefined;
  messages: NumberMessages;
  /** The schema's range, named by the messages. */
  min: number;
  max: number;
}

/**
 * A whole number typed on a numeric keypad. Empty reaches the schema as undefined, a whole number
 * (a minus sign too) as a number, anything else as the text typed; nothing typed or pasted is cut.
 */
export function NumberField<F extends FieldValues>({
  control,
  name,
  label,
  hint,
  error,
  messages,
  min,
  max,
}: NumberFieldProps<F>) {
  const {
    field: { value, onChange, onBlur, ref, name: fieldName },
  } = useController({ control, name });
  const problem = numberProblem(error, value);
  const message =
    problem === 'tooLow'
      ? messages.tooLow(min)
      : problem === 'tooHigh'
        ? messages.tooHigh(max)
        : problem !== undefined
          ? messages[problem]
          : undefined;
  return (
    <Field id={fieldId(fieldName)} label={label} question={label} hint={hint} error={message}>
      {({ id, describedBy }) => (
        <input
          id={id}
          name={fieldName}
          type="text"
          inputMode="numeric"
          autoComplete="off"
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
            const whole = /^-?\d+$/.test(text) && Number.isSafeInteger(Number(text));
            onChange(text === '' ? undefined : whole ? Number(text) : text);
          }}
          onBlur={onBlur}
          ref={ref}
          aria-invalid={message !== undefined || undefined}
          aria-describedby={describedBy}
        />
      )}
    </Field>
  );
}

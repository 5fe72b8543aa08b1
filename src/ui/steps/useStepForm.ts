import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { z } from 'zod/mini';
import { useDraft, useSend } from '../questionnaire-context';

/**
 * A step's form: its own fields only, checked by the step's zod schema, prefilled from the answers
 * so far; a valid submit sends one NEXT event to the machine.
 */
export function useStepForm<S extends z.ZodMiniType<FieldValues, FieldValues>>(
  schema: S,
  defaults: (draft: ReturnType<typeof useDraft>) => DefaultValues<z.input<S>>,
  toValues: (values: z.output<S>) => unknown = (values) => values,
) {
  const draft = useDraft();
  const send = useSend();
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema),
    defaultValues: defaults(draft),
    // The error summary takes focus instead, and links to each field (GOV.UK).
    shouldFocusError: false,
  });
  const onSubmit = form.handleSubmit((values) => send({ type: 'NEXT', values: toValues(values) }));
  return { form, onSubmit, attempts: form.formState.submitCount };
}

/** Options of a choice question, in the order of the rules' enumeration, labelled by the catalogue. */
export function optionsOf<V extends string>(
  values: readonly V[],
  labels: Record<V, string>,
  hints?: Partial<Record<V, string>>,
) {
  return values.map((value) => ({ value, label: labels[value], hint: hints?.[value] }));
}

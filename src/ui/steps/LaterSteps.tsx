import { z } from 'zod/mini';
import { stepById } from '../../flows/steps';
import {
  allergyKinds,
  bloodThinnerKinds,
  durations,
  goalKinds,
  historyItems,
  imagingKinds,
} from '../../rules';
import { CheckboxGroup, NumberField, RadioGroup, Scale } from '../components/fields';
import { StepLayout } from '../components/StepLayout';
import { useLocale } from '../i18n/locale';
import { optionsOf, useStepForm } from './useStepForm';

export function DurationStep() {
  const { t } = useLocale();
  const { form, onSubmit, attempts } = useStepForm(stepById('duration').schema, (draft) => ({
    duration: draft.duration,
  }));
  const copy = t.steps.duration;
  return (
    <StepLayout
      step="duration"
      title={copy.title}
      intro={copy.intro}
      attempts={attempts}
      onSubmit={onSubmit}
    >
      <RadioGroup
        control={form.control}
        name="duration"
        legend={copy.title}
        options={optionsOf(durations, copy.options)}
        error={form.formState.errors.duration ? t.errors.chooseOne : undefined}
        className="legend-hidden"
      />
    </StepLayout>
  );
}

export function PainStep() {
  const { t } = useLocale();
  const { form, onSubmit, attempts } = useStepForm(stepById('pain').schema, (draft) => ({
    painAverage: draft.painAverage,
    painWorst: draft.painWorst,
    interference: draft.interference,
  }));
  const copy = t.steps.pain;
  const errors = form.formState.errors;
  const worstError =
    errors.painWorst?.type === 'custom'
      ? t.errors.painWorst
      : errors.painWorst
        ? t.errors.chooseOne
        : undefined;
  return (
    <StepLayout
      step="pain"
      title={copy.title}
      intro={copy.intro}
      attempts={attempts}
      onSubmit={onSubmit}
    >
      <Scale
        control={form.control}
        name="painAverage"
        legend={copy.painAverage}
        ends={copy.painEnds}
        error={errors.painAverage ? t.errors.chooseOne : undefined}
      />
      <Scale
        control={form.control}
        name="painWorst"
        legend={copy.painWorst}
        ends={copy.painEnds}
        error={worstError}
      />
      <Scale
        control={form.control}
        name="interference"
        legend={copy.interference}
        ends={copy.interferenceEnds}
        error={errors.interference ? t.errors.chooseOne : undefined}
      />
    </StepLayout>
  );
}

export function ImagingStep() {
  const { t } = useLocale();
  const { form, onSubmit, attempts } = useStepForm(stepById('imaging').schema, (draft) => ({
    imaging: draft.imaging,
  }));
  const copy = t.steps.imaging;
  return (
    <StepLayout
      step="imaging"
      title={copy.title}
      intro={copy.intro}
      attempts={attempts}
      onSubmit={onSubmit}
    >
      <RadioGroup
        control={form.control}
        name="imaging"
        legend={copy.legend}
        options={optionsOf(imagingKinds, copy.options)}
        error={form.formState.errors.imaging ? t.errors.chooseOne : undefined}
      />
    </StepLayout>
  );
}

// The kinds of blood thinner are asked once blood thinners are ticked, and forgotten when unticked.
const historyForm = z
  .object({
    history: z.array(z.enum(historyItems)),
    bloodThinnerKinds: z.array(z.enum(bloodThinnerKinds)),
  })
  .check(
    z.refine((v) => !v.history.includes('bloodThinners') || v.bloodThinnerKinds.length > 0, {
      path: ['bloodThinnerKinds'],
      error: 'Choose at least one.',
    }),
  );

export function HistoryStep() {
  const { t } = useLocale();
  const { form, onSubmit, attempts } = useStepForm(
    historyForm,
    (draft) => ({
      history: draft.history ?? [],
      bloodThinnerKinds: draft.bloodThinnerKinds ?? [],
    }),
    ({ history, bloodThinnerKinds: kinds }) =>
      history.includes('bloodThinners') ? { history, bloodThinnerKinds: kinds } : { history },
  );
  const copy = t.steps.history;
  const onBloodThinners = form.watch('history').includes('bloodThinners');
  return (
    <StepLayout step="history" title={copy.title} attempts={attempts} onSubmit={onSubmit}>
      <CheckboxGroup
        control={form.control}
        name="history"
        legend={copy.history.legend}
        hint={copy.history.hint}
        options={optionsOf(historyItems, copy.history.options, copy.history.hints)}
      />
      {onBloodThinners && (
        <CheckboxGroup
          control={form.control}
          name="bloodThinnerKinds"
          legend={copy.bloodThinnerKinds.legend}
          hint={copy.bloodThinnerKinds.hint}
          options={optionsOf(bloodThinnerKinds, copy.bloodThinnerKinds.options)}
          className="follow-up"
          error={form.formState.errors.bloodThinnerKinds ? t.errors.chooseAtLeastOne : undefined}
        />
      )}
    </StepLayout>
  );
}

export function AllergiesStep() {
  const { t } = useLocale();
  const { form, onSubmit, attempts } = useStepForm(stepById('allergies').schema, (draft) => ({
    allergies: draft.allergies ?? [],
    steroidInjectionsPast12Months: draft.steroidInjectionsPast12Months,
    steroidCoursesPast12Months: draft.steroidCoursesPast12Months,
  }));
  const copy = t.steps.allergies;
  const errors = form.formState.errors;
  return (
    <StepLayout step="allergies" title={copy.title} attempts={attempts} onSubmit={onSubmit}>
      <CheckboxGroup
        control={form.control}
        name="allergies"
        legend={copy.allergies.legend}
        hint={copy.allergies.hint}
        options={optionsOf(allergyKinds, copy.allergies.options, copy.allergies.hints)}
      />
      <NumberField
        control={form.control}
        name="steroidInjectionsPast12Months"
        label={copy.steroidInjections.label}
        hint={copy.steroidInjections.hint}
        min={0}
        max={24}
        error={errors.steroidInjectionsPast12Months}
        messages={t.errors.number}
      />
      <NumberField
        control={form.control}
        name="steroidCoursesPast12Months"
        label={copy.steroidCourses.label}
        hint={copy.steroidCourses.hint}
        min={0}
        max={24}
        error={errors.steroidCoursesPast12Months}
        messages={t.errors.number}
      />
    </StepLayout>
  );
}

export function GoalsStep() {
  const { t } = useLocale();
  const { form, onSubmit, attempts } = useStepForm(stepById('goals').schema, (draft) => ({
    goals: draft.goals ?? [],
  }));
  const copy = t.steps.goals;
  return (
    <StepLayout step="goals" title={copy.title} attempts={attempts} onSubmit={onSubmit}>
      <CheckboxGroup
        control={form.control}
        name="goals"
        legend={copy.legend}
        hint={copy.hint}
        options={optionsOf(goalKinds, copy.options)}
        error={form.formState.errors.goals ? t.errors.chooseAtLeastOne : undefined}
      />
    </StepLayout>
  );
}

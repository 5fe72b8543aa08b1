import { stepById } from '../../flows/steps';
import {
  allergyKinds,
  durations,
  goalKinds,
  historyItems,
  treatmentKinds,
  treatmentOutcomes,
} from '../../rules';
import { CheckboxGroup, NumberField, RadioGroup, Scale } from '../components/fields';
import { StepLayout } from '../components/StepLayout';
import { useLocale } from '../i18n/locale';
import { optionsOf, useStepForm } from './useStepForm';

export function DurationStep() {
  const { t } = useLocale();
  const { form, onSubmit, hasErrors } = useStepForm(stepById('duration').schema, (draft) => ({
    duration: draft.duration,
  }));
  const copy = t.steps.duration;
  return (
    <StepLayout
      step="duration"
      title={copy.title}
      intro={copy.intro}
      hasErrors={hasErrors}
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
  const { form, onSubmit, hasErrors } = useStepForm(stepById('pain').schema, (draft) => ({
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
      hasErrors={hasErrors}
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

export function TreatmentsStep() {
  const { t } = useLocale();
  const { form, onSubmit, hasErrors } = useStepForm(stepById('treatments').schema, (draft) => ({
    treatments: draft.treatments ?? {},
    steroidInjectionsPast12Months: draft.steroidInjectionsPast12Months,
  }));
  const copy = t.steps.treatments;
  const errors = form.formState.errors;
  return (
    <StepLayout
      step="treatments"
      title={copy.title}
      intro={copy.intro}
      hasErrors={hasErrors}
      onSubmit={onSubmit}
    >
      {treatmentKinds.map((kind) => (
        <RadioGroup
          key={kind}
          control={form.control}
          name={`treatments.${kind}`}
          legend={copy.kinds[kind]}
          hint={copy.hints[kind]}
          options={optionsOf(treatmentOutcomes, copy.outcomes)}
          className="outcomes"
          error={errors.treatments?.[kind] ? t.errors.chooseOne : undefined}
        />
      ))}
      <NumberField
        control={form.control}
        name="steroidInjectionsPast12Months"
        label={copy.steroidCount.label}
        hint={copy.steroidCount.hint}
        max={24}
        error={errors.steroidInjectionsPast12Months ? t.errors.wholeNumber(0, 24) : undefined}
      />
    </StepLayout>
  );
}

export function HistoryStep() {
  const { t } = useLocale();
  const { form, onSubmit, hasErrors } = useStepForm(stepById('history').schema, (draft) => ({
    history: draft.history ?? [],
    allergies: draft.allergies ?? [],
  }));
  const copy = t.steps.history;
  return (
    <StepLayout step="history" title={copy.title} hasErrors={hasErrors} onSubmit={onSubmit}>
      <CheckboxGroup
        control={form.control}
        name="history"
        legend={copy.history.legend}
        hint={copy.history.hint}
        options={optionsOf(historyItems, copy.history.options)}
      />
      <CheckboxGroup
        control={form.control}
        name="allergies"
        legend={copy.allergies.legend}
        hint={copy.allergies.hint}
        options={optionsOf(allergyKinds, copy.allergies.options)}
      />
    </StepLayout>
  );
}

export function GoalsStep() {
  const { t } = useLocale();
  const { form, onSubmit, hasErrors } = useStepForm(stepById('goals').schema, (draft) => ({
    goals: draft.goals ?? [],
  }));
  const copy = t.steps.goals;
  return (
    <StepLayout step="goals" title={copy.title} hasErrors={hasErrors} onSubmit={onSubmit}>
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

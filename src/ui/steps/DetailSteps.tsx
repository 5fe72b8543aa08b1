import type { Control, FieldValues, Path } from 'react-hook-form';
import { stepById } from '../../flows/steps';
import {
  backDiagnoses,
  backLegPain,
  backWorseWith,
  headacheTypes,
  kneeDiagnoses,
  kneeReplacement,
  neckArmPain,
  neckDiagnoses,
  neckWorseWith,
  nerveCauses,
} from '../../rules';
import { CheckboxGroup, NumberField, RadioGroup } from '../components/fields';
import { StepLayout } from '../components/StepLayout';
import { useLocale } from '../i18n/locale';
import { optionsOf, useStepForm } from './useStepForm';
import { formatYesNo, parseYesNo, yesNo } from './yes-no';

// The details of each chosen location: only the steps of chosen locations are shown.

interface SpineCopy<Radiating extends string, WorseWith extends string, Diagnosis extends string> {
  radiating: { legend: string; options: Record<Radiating, string> };
  worseWith: { legend: string; hint?: string; options: Record<WorseWith, string> };
  diagnoses: {
    legend: string;
    hint?: string;
    options: Record<Diagnosis, string>;
    hints?: Partial<Record<Diagnosis, string>>;
  };
  priorSurgery: { legend: string };
}

/**
 * The four questions the back and the neck share: where the pain spreads, what makes it worse,
 * diagnoses, and surgery. Field names stay typed paths of each step's own form.
 */
function SpineQuestions<
  F extends FieldValues,
  R extends string,
  W extends string,
  D extends string,
>(props: {
  control: Control<F>;
  names: { radiating: Path<F>; worseWith: Path<F>; diagnoses: Path<F>; priorSurgery: Path<F> };
  values: { radiating: readonly R[]; worseWith: readonly W[]; diagnoses: readonly D[] };
  copy: SpineCopy<R, W, D>;
  errors: { radiating?: unknown; priorSurgery?: unknown } | undefined;
}) {
  const { t } = useLocale();
  const { control, names, values, copy, errors } = props;
  return (
    <>
      <RadioGroup
        control={control}
        name={names.radiating}
        legend={copy.radiating.legend}
        options={optionsOf(values.radiating, copy.radiating.options)}
        error={errors?.radiating ? t.errors.chooseOne : undefined}
      />
      <CheckboxGroup
        control={control}
        name={names.worseWith}
        legend={copy.worseWith.legend}
        hint={copy.worseWith.hint}
        options={optionsOf(values.worseWith, copy.worseWith.options)}
      />
      <CheckboxGroup
        control={control}
        name={names.diagnoses}
        legend={copy.diagnoses.legend}
        hint={copy.diagnoses.hint}
        options={optionsOf(values.diagnoses, copy.diagnoses.options, copy.diagnoses.hints)}
      />
      <RadioGroup
        control={control}
        name={names.priorSurgery}
        legend={copy.priorSurgery.legend}
        options={yesNo(t.app.yes, t.app.no)}
        parse={parseYesNo}
        format={formatYesNo}
        className="inline"
        error={errors?.priorSurgery ? t.errors.chooseOne : undefined}
      />
    </>
  );
}

export function BackStep() {
  const { t } = useLocale();
  const { form, onSubmit, attempts } = useStepForm(stepById('back').schema, (draft) => ({
    back: draft.back ?? { worseWith: [], diagnoses: [] },
  }));
  const copy = t.steps.back;
  const errors = form.formState.errors.back;
  return (
    <StepLayout step="back" title={copy.title} attempts={attempts} onSubmit={onSubmit}>
      <SpineQuestions
        control={form.control}
        names={{
          radiating: 'back.legPain',
          worseWith: 'back.worseWith',
          diagnoses: 'back.diagnoses',
          priorSurgery: 'back.priorSurgery',
        }}
        values={{ radiating: backLegPain, worseWith: backWorseWith, diagnoses: backDiagnoses }}
        copy={{ ...copy, radiating: copy.legPain }}
        errors={errors && { radiating: errors.legPain, priorSurgery: errors.priorSurgery }}
      />
    </StepLayout>
  );
}

export function NeckStep() {
  const { t } = useLocale();
  const { form, onSubmit, attempts } = useStepForm(stepById('neck').schema, (draft) => ({
    neck: draft.neck ?? { worseWith: [], diagnoses: [] },
  }));
  const copy = t.steps.neck;
  const errors = form.formState.errors.neck;
  return (
    <StepLayout step="neck" title={copy.title} attempts={attempts} onSubmit={onSubmit}>
      <SpineQuestions
        control={form.control}
        names={{
          radiating: 'neck.armPain',
          worseWith: 'neck.worseWith',
          diagnoses: 'neck.diagnoses',
          priorSurgery: 'neck.priorSurgery',
        }}
        values={{ radiating: neckArmPain, worseWith: neckWorseWith, diagnoses: neckDiagnoses }}
        copy={{ ...copy, radiating: copy.armPain }}
        errors={errors && { radiating: errors.armPain, priorSurgery: errors.priorSurgery }}
      />
    </StepLayout>
  );
}

export function KneeStep() {
  const { t } = useLocale();
  const { form, onSubmit, attempts } = useStepForm(stepById('knee').schema, (draft) => ({
    knee: draft.knee ?? { diagnoses: [] },
  }));
  const copy = t.steps.knee;
  const errors = form.formState.errors.knee;
  return (
    <StepLayout step="knee" title={copy.title} attempts={attempts} onSubmit={onSubmit}>
      <CheckboxGroup
        control={form.control}
        name="knee.diagnoses"
        legend={copy.diagnoses.legend}
        hint={copy.diagnoses.hint}
        options={optionsOf(kneeDiagnoses, copy.diagnoses.options, copy.diagnoses.hints)}
      />
      <RadioGroup
        control={form.control}
        name="knee.replacement"
        legend={copy.replacement.legend}
        options={optionsOf(kneeReplacement, copy.replacement.options)}
        error={errors?.replacement ? t.errors.chooseOne : undefined}
      />
    </StepLayout>
  );
}

export function HeadStep() {
  const { t } = useLocale();
  const { form, onSubmit, attempts } = useStepForm(stepById('head').schema, (draft) => ({
    head: draft.head ?? { types: [] },
  }));
  const copy = t.steps.head;
  const errors = form.formState.errors.head;
  return (
    <StepLayout step="head" title={copy.title} attempts={attempts} onSubmit={onSubmit}>
      <CheckboxGroup
        control={form.control}
        name="head.types"
        legend={copy.types.legend}
        hint={copy.types.hint}
        options={optionsOf(headacheTypes, copy.types.options)}
        error={errors?.types ? t.errors.chooseAtLeastOne : undefined}
      />
      <NumberField
        control={form.control}
        name="head.daysPerMonth"
        label={copy.daysPerMonth.label}
        hint={copy.daysPerMonth.hint}
        min={0}
        max={31}
        error={errors?.daysPerMonth}
        messages={t.errors.number}
      />
    </StepLayout>
  );
}

export function NerveStep() {
  const { t } = useLocale();
  const { form, onSubmit, attempts } = useStepForm(stepById('nerve').schema, (draft) => ({
    nerve: draft.nerve ?? {},
  }));
  const copy = t.steps.nerve;
  return (
    <StepLayout step="nerve" title={copy.title} attempts={attempts} onSubmit={onSubmit}>
      <RadioGroup
        control={form.control}
        name="nerve.cause"
        legend={copy.cause.legend}
        options={optionsOf(nerveCauses, copy.cause.options, copy.cause.hints)}
        error={form.formState.errors.nerve?.cause ? t.errors.chooseOne : undefined}
      />
    </StepLayout>
  );
}

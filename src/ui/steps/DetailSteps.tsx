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

// The details of each chosen location: only the steps of chosen locations are shown.

const yesNo = (yes: string, no: string) => [
  { value: 'yes' as const, label: yes },
  { value: 'no' as const, label: no },
];
const parseYesNo = (value: 'yes' | 'no') => value === 'yes';
const formatYesNo = (value: unknown) =>
  value === true ? 'yes' : value === false ? 'no' : undefined;

export function BackStep() {
  const { t } = useLocale();
  const { form, onSubmit, hasErrors } = useStepForm(stepById('back').schema, (draft) => ({
    back: draft.back ?? { worseWith: [], diagnoses: [] },
  }));
  const copy = t.steps.back;
  const errors = form.formState.errors.back;
  return (
    <StepLayout step="back" title={copy.title} hasErrors={hasErrors} onSubmit={onSubmit}>
      <RadioGroup
        control={form.control}
        name="back.legPain"
        legend={copy.legPain.legend}
        options={optionsOf(backLegPain, copy.legPain.options)}
        error={errors?.legPain ? t.errors.chooseOne : undefined}
      />
      <CheckboxGroup
        control={form.control}
        name="back.worseWith"
        legend={copy.worseWith.legend}
        hint={copy.worseWith.hint}
        options={optionsOf(backWorseWith, copy.worseWith.options)}
      />
      <CheckboxGroup
        control={form.control}
        name="back.diagnoses"
        legend={copy.diagnoses.legend}
        hint={copy.diagnoses.hint}
        options={optionsOf(backDiagnoses, copy.diagnoses.options)}
      />
      <RadioGroup
        control={form.control}
        name="back.priorSurgery"
        legend={copy.priorSurgery.legend}
        options={yesNo(t.app.yes, t.app.no)}
        parse={parseYesNo}
        format={formatYesNo}
        className="inline"
        error={errors?.priorSurgery ? t.errors.chooseOne : undefined}
      />
    </StepLayout>
  );
}

export function NeckStep() {
  const { t } = useLocale();
  const { form, onSubmit, hasErrors } = useStepForm(stepById('neck').schema, (draft) => ({
    neck: draft.neck ?? { worseWith: [], diagnoses: [] },
  }));
  const copy = t.steps.neck;
  const errors = form.formState.errors.neck;
  return (
    <StepLayout step="neck" title={copy.title} hasErrors={hasErrors} onSubmit={onSubmit}>
      <RadioGroup
        control={form.control}
        name="neck.armPain"
        legend={copy.armPain.legend}
        options={optionsOf(neckArmPain, copy.armPain.options)}
        error={errors?.armPain ? t.errors.chooseOne : undefined}
      />
      <CheckboxGroup
        control={form.control}
        name="neck.worseWith"
        legend={copy.worseWith.legend}
        hint={copy.worseWith.hint}
        options={optionsOf(neckWorseWith, copy.worseWith.options)}
      />
      <CheckboxGroup
        control={form.control}
        name="neck.diagnoses"
        legend={copy.diagnoses.legend}
        hint={copy.diagnoses.hint}
        options={optionsOf(neckDiagnoses, copy.diagnoses.options)}
      />
      <RadioGroup
        control={form.control}
        name="neck.priorSurgery"
        legend={copy.priorSurgery.legend}
        options={yesNo(t.app.yes, t.app.no)}
        parse={parseYesNo}
        format={formatYesNo}
        className="inline"
        error={errors?.priorSurgery ? t.errors.chooseOne : undefined}
      />
    </StepLayout>
  );
}

export function KneeStep() {
  const { t } = useLocale();
  const { form, onSubmit, hasErrors } = useStepForm(stepById('knee').schema, (draft) => ({
    knee: draft.knee ?? { diagnoses: [] },
  }));
  const copy = t.steps.knee;
  const errors = form.formState.errors.knee;
  return (
    <StepLayout step="knee" title={copy.title} hasErrors={hasErrors} onSubmit={onSubmit}>
      <CheckboxGroup
        control={form.control}
        name="knee.diagnoses"
        legend={copy.diagnoses.legend}
        hint={copy.diagnoses.hint}
        options={optionsOf(kneeDiagnoses, copy.diagnoses.options)}
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
  const { form, onSubmit, hasErrors } = useStepForm(stepById('head').schema, (draft) => ({
    head: draft.head ?? { types: [] },
  }));
  const copy = t.steps.head;
  const errors = form.formState.errors.head;
  return (
    <StepLayout step="head" title={copy.title} hasErrors={hasErrors} onSubmit={onSubmit}>
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
        max={31}
        error={errors?.daysPerMonth ? t.errors.wholeNumber(0, 31) : undefined}
      />
    </StepLayout>
  );
}

export function NerveStep() {
  const { t } = useLocale();
  const { form, onSubmit, hasErrors } = useStepForm(stepById('nerve').schema, (draft) => ({
    nerve: draft.nerve ?? {},
  }));
  const copy = t.steps.nerve;
  return (
    <StepLayout step="nerve" title={copy.title} hasErrors={hasErrors} onSubmit={onSubmit}>
      <RadioGroup
        control={form.control}
        name="nerve.cause"
        legend={copy.cause.legend}
        options={optionsOf(nerveCauses, copy.cause.options)}
        error={form.formState.errors.nerve?.cause ? t.errors.chooseOne : undefined}
      />
    </StepLayout>
  );
}

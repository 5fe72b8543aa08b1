import { ageRange, stepById } from '../../flows/steps';
import { NumberField } from '../components/fields';
import { StepLayout } from '../components/StepLayout';
import { useLocale } from '../i18n/locale';
import { useStepForm } from './useStepForm';

export function AgeStep() {
  const { t } = useLocale();
  const { form, onSubmit, attempts } = useStepForm(stepById('age').schema, (draft) => ({
    age: draft.age,
  }));
  const copy = t.steps.age;
  return (
    <StepLayout
      step="age"
      title={copy.title}
      intro={copy.intro}
      attempts={attempts}
      onSubmit={onSubmit}
    >
      <NumberField
        control={form.control}
        name="age"
        label={copy.label}
        hint={copy.hint}
        min={ageRange.min}
        max={ageRange.max}
        error={form.formState.errors.age}
        messages={t.errors.age}
      />
      <p className="privacy">{t.app.privacy}</p>
    </StepLayout>
  );
}

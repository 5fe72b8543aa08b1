import { useController } from 'react-hook-form';
import { z } from 'zod/mini';
import {
  emergencyRedFlags,
  giantCellArteritisMinAge,
  redFlags,
  urgentRedFlags,
  type RedFlag,
} from '../../rules';
import { useDraft } from '../questionnaire-context';
import { CheckboxGroup, fieldId, Group } from '../components/fields';
import { StepLayout } from '../components/StepLayout';
import { useLocale } from '../i18n/locale';
import { optionsOf, useStepForm } from './useStepForm';

// Red flags need a deliberate answer: some signs, or "none of these" (which clears the signs).
const redFlagsForm = z.object({ redFlags: z.array(z.enum(redFlags)), none: z.boolean() }).check(
  z.refine((v) => v.redFlags.length > 0 || v.none, {
    path: ['none'],
    error: 'Choose the signs that apply, or none.',
  }),
);

export function RedFlagsStep() {
  const { t } = useLocale();
  const { form, onSubmit, attempts } = useStepForm(
    redFlagsForm,
    (draft) => ({ redFlags: draft.redFlags ?? [], none: draft.redFlags?.length === 0 }),
    ({ redFlags: chosen, none }) => ({ redFlags: none ? [] : chosen }),
  );
  const copy = t.steps.redFlags;
  // Giant cell arteritis is offered only from its age (CLINICAL section 1, R2).
  const age = useDraft().age ?? 0;
  const emergencyOffered = emergencyRedFlags.filter(
    (flag) => flag !== 'giantCellArteritisSigns' || age >= giantCellArteritisMinAge,
  );
  const {
    field: { value: none, onChange: setNone, onBlur: noneBlur, ref: noneRef },
  } = useController({ control: form.control, name: 'none' });
  const chosen = form.watch('redFlags');
  const clearNone = (_flag: RedFlag, on: boolean) => {
    if (on && none) setNone(false);
  };
  const error = form.formState.errors.none ? t.errors.redFlags : undefined;
  return (
    <StepLayout
      step="redFlags"
      title={copy.title}
      intro={copy.intro}
      attempts={attempts}
      onSubmit={onSubmit}
    >
      <CheckboxGroup
        control={form.control}
        name="redFlags"
        id={fieldId('redFlags.emergency')}
        legend={copy.emergencyHeading}
        options={optionsOf(emergencyOffered, copy.options, copy.hints)}
        onToggle={clearNone}
      />
      <CheckboxGroup
        control={form.control}
        name="redFlags"
        id={fieldId('redFlags.urgent')}
        legend={copy.urgentHeading}
        options={optionsOf(urgentRedFlags, copy.options, copy.hints)}
        onToggle={clearNone}
      />
      <Group
        id={fieldId('none')}
        legend={t.app.noneOfThese}
        legendClass="visually-hidden"
        question={copy.title}
        error={error}
      >
        <div className="choice">
          <label>
            <input
              type="checkbox"
              name="none"
              checked={none}
              onChange={(event) => {
                setNone(event.target.checked);
                if (event.target.checked && chosen.length > 0) form.setValue('redFlags', []);
              }}
              onBlur={noneBlur}
              ref={noneRef}
            />
            <span className="choice-text">
              <span>{t.app.noneOfThese}</span>
            </span>
          </label>
        </div>
      </Group>
    </StepLayout>
  );
}

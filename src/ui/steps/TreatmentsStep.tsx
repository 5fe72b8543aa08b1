import { z } from 'zod/mini';
import { treatmentKinds, type TreatmentKind, type TreatmentOutcome } from '../../rules';
import { RadioGroup } from '../components/fields';
import { StepLayout } from '../components/StepLayout';
import { useLocale } from '../i18n/locale';
import { optionsOf, useStepForm } from './useStepForm';
import { formatYesNo, parseYesNo, yesNo } from './yes-no';

// A quick yes or no for each treatment, and "how did it go?" only for those tried. The answer kept
// is still one outcome per treatment, `notTried` for a "no".

const triedOutcomes = ['noRelief', 'temporaryRelief', 'lastingRelief'] as const;

const answer = z.object({
  tried: z.optional(z.boolean()),
  outcome: z.optional(z.enum(triedOutcomes)),
});
const treatmentsForm = z
  .object({
    treatments: z.object(
      Object.fromEntries(treatmentKinds.map((kind) => [kind, answer])) as Record<
        TreatmentKind,
        typeof answer
      >,
    ),
  })
  .check(
    z.superRefine(({ treatments }, ctx) => {
      for (const kind of treatmentKinds) {
        const { tried, outcome } = treatments[kind];
        if (tried === undefined) {
          ctx.addIssue({ code: 'custom', path: ['treatments', kind, 'tried'], message: 'tried' });
        } else if (tried && outcome === undefined) {
          ctx.addIssue({ code: 'custom', path: ['treatments', kind, 'outcome'], message: 'how' });
        }
      }
    }),
  );
type TreatmentsForm = z.output<typeof treatmentsForm>;

function fromDraft(outcome: TreatmentOutcome | undefined) {
  if (outcome === undefined) return { tried: undefined, outcome: undefined };
  return outcome === 'notTried' ? { tried: false } : { tried: true, outcome };
}

const toAnswers = ({ treatments }: TreatmentsForm) => ({
  treatments: Object.fromEntries(
    treatmentKinds.map((kind) => {
      const { tried, outcome } = treatments[kind];
      return [kind, tried === true ? outcome : 'notTried'];
    }),
  ),
});

export function TreatmentsStep() {
  const { t } = useLocale();
  const { form, onSubmit, attempts } = useStepForm(
    treatmentsForm,
    (draft) => ({
      treatments: Object.fromEntries(
        treatmentKinds.map((kind) => [kind, fromDraft(draft.treatments?.[kind])]),
      ),
    }),
    toAnswers,
  );
  const copy = t.steps.treatments;
  const errors = form.formState.errors.treatments;
  const answers = form.watch('treatments');
  return (
    <StepLayout
      step="treatments"
      title={copy.title}
      intro={copy.intro}
      attempts={attempts}
      onSubmit={onSubmit}
    >
      {treatmentKinds.map((kind) => (
        <div key={kind} className="question-card">
          <RadioGroup
            control={form.control}
            name={`treatments.${kind}.tried`}
            legend={copy.tried[kind]}
            hint={copy.hints[kind]}
            options={yesNo(t.app.yes, t.app.no)}
            parse={parseYesNo}
            format={formatYesNo}
            className="inline"
            error={errors?.[kind]?.tried ? t.errors.chooseOne : undefined}
          />
          {answers[kind].tried === true && (
            <RadioGroup
              control={form.control}
              name={`treatments.${kind}.outcome`}
              legend={copy.howDidItGo}
              context={copy.kinds[kind]}
              options={optionsOf(triedOutcomes, copy.outcomes)}
              className="follow-up outcomes-3"
              error={errors?.[kind]?.outcome ? t.errors.chooseOne : undefined}
            />
          )}
        </div>
      ))}
    </StepLayout>
  );
}

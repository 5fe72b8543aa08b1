import { z } from 'zod/mini';
import {
  priorProcedureKinds,
  procedureLasted,
  procedureReliefs,
  type PriorProcedure,
  type PriorProcedureKind,
} from '../../rules';
import { CheckboxGroup, RadioGroup } from '../components/fields';
import { StepLayout } from '../components/StepLayout';
import { useLocale } from '../i18n/locale';
import { optionsOf, useStepForm } from './useStepForm';

// Asked only when injections were tried: which kinds, and for each, how much it helped at its best
// and how long that lasted. "It did not help" has no "how long": it is kept as under a day.

const outcome = z.object({
  relief: z.optional(z.enum(procedureReliefs)),
  lasted: z.optional(z.enum(procedureLasted)),
});
const priorProceduresForm = z
  .object({
    kinds: z.array(z.enum(priorProcedureKinds)),
    outcomes: z.object(
      Object.fromEntries(priorProcedureKinds.map((kind) => [kind, outcome])) as Record<
        PriorProcedureKind,
        typeof outcome
      >,
    ),
  })
  .check(
    z.superRefine(({ kinds, outcomes }, ctx) => {
      if (kinds.length === 0) ctx.addIssue({ code: 'custom', path: ['kinds'], message: 'kinds' });
      for (const kind of kinds) {
        const { relief, lasted } = outcomes[kind];
        if (relief === undefined) {
          ctx.addIssue({ code: 'custom', path: ['outcomes', kind, 'relief'], message: 'relief' });
        }
        if (relief !== 'none' && lasted === undefined) {
          ctx.addIssue({ code: 'custom', path: ['outcomes', kind, 'lasted'], message: 'lasted' });
        }
      }
    }),
  );
type PriorProceduresForm = z.output<typeof priorProceduresForm>;

const toAnswers = ({ kinds, outcomes }: PriorProceduresForm) => ({
  priorProcedures: priorProcedureKinds
    .filter((kind) => kinds.includes(kind))
    .map((kind): Partial<PriorProcedure> => {
      const { relief, lasted } = outcomes[kind];
      return { kind, relief, lasted: relief === 'none' ? 'underOneDay' : lasted };
    }),
});

export function PriorProceduresStep() {
  const { t } = useLocale();
  const { form, onSubmit, attempts } = useStepForm(
    priorProceduresForm,
    (draft) => {
      const earlier = draft.priorProcedures ?? [];
      return {
        kinds: earlier.map((p) => p.kind),
        outcomes: Object.fromEntries(
          priorProcedureKinds.map((kind) => {
            const p = earlier.find((e) => e.kind === kind);
            return [
              kind,
              { relief: p?.relief, lasted: p?.relief === 'none' ? undefined : p?.lasted },
            ];
          }),
        ),
      };
    },
    toAnswers,
  );
  const copy = t.steps.priorProcedures;
  const errors = form.formState.errors;
  const chosen = form.watch('kinds');
  const outcomes = form.watch('outcomes');
  return (
    <StepLayout
      step="priorProcedures"
      title={copy.title}
      intro={copy.intro}
      attempts={attempts}
      onSubmit={onSubmit}
    >
      <CheckboxGroup
        control={form.control}
        name="kinds"
        legend={copy.kinds.legend}
        hint={copy.kinds.hint}
        options={optionsOf(priorProcedureKinds, copy.kinds.options, copy.kinds.hints)}
        error={errors.kinds ? t.errors.chooseAtLeastOne : undefined}
      />
      {priorProcedureKinds
        .filter((kind) => chosen.includes(kind))
        .map((kind) => (
          <section key={kind} className="question-card" aria-labelledby={`procedure-${kind}`}>
            <h2 id={`procedure-${kind}`}>{copy.kinds.options[kind]}</h2>
            <RadioGroup
              control={form.control}
              name={`outcomes.${kind}.relief`}
              legend={copy.relief.legend}
              context={copy.kinds.options[kind]}
              options={optionsOf(procedureReliefs, copy.relief.options)}
              error={errors.outcomes?.[kind]?.relief ? t.errors.chooseOne : undefined}
            />
            {outcomes[kind].relief !== 'none' && (
              <RadioGroup
                control={form.control}
                name={`outcomes.${kind}.lasted`}
                legend={copy.lasted.legend}
                context={copy.kinds.options[kind]}
                options={optionsOf(procedureLasted, copy.lasted.options)}
                error={errors.outcomes?.[kind]?.lasted ? t.errors.chooseOne : undefined}
              />
            )}
          </section>
        ))}
    </StepLayout>
  );
}

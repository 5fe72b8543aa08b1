import { z } from 'zod/mini';
import { CrisisSupport } from '../components/CrisisSupport';
import { RadioGroup } from '../components/fields';
import { StepLayout } from '../components/StepLayout';
import { useLocale } from '../i18n/locale';
import { useStepForm } from './useStepForm';
import { formatYesNo, parseYesNo, yesNo } from './yes-no';

// PHQ-2 and GAD-2 in their published wording (P1), then our own gentle yes/no question on thoughts
// of self-harm, never scored. A "yes" shows crisis support at once, announced, without blocking.

const scores = ['0', '1', '2', '3'] as const;

// Each of the five questions needs its own answer, marked beside it when missing.
const item = z.optional(z.int());
const moodForm = z
  .object({
    mood: z.object({
      phq2: z.tuple([item, item]),
      gad2: z.tuple([item, item]),
      selfHarmThoughts: z.optional(z.boolean()),
    }),
  })
  .check(
    z.superRefine(({ mood }, ctx) => {
      const missing = (path: (string | number)[]) =>
        ctx.addIssue({ code: 'custom', path: ['mood', ...path], message: 'missing' });
      for (const index of [0, 1] as const) {
        if (mood.phq2[index] === undefined) missing(['phq2', index]);
        if (mood.gad2[index] === undefined) missing(['gad2', index]);
      }
      if (mood.selfHarmThoughts === undefined) missing(['selfHarmThoughts']);
    }),
  );
const parseScore = (value: (typeof scores)[number]) => Number(value);
const formatScore = (value: unknown) =>
  typeof value === 'number' ? (String(value) as (typeof scores)[number]) : undefined;

export function MoodStep() {
  const { t } = useLocale();
  const { form, onSubmit, attempts } = useStepForm(moodForm, (draft) => ({
    mood: draft.mood ?? {
      phq2: [undefined, undefined] as [undefined, undefined],
      gad2: [undefined, undefined] as [undefined, undefined],
    },
  }));
  const copy = t.steps.mood;
  const errors = form.formState.errors.mood;
  const answers = scores.map((score, index) => ({
    value: score,
    label: copy.answers[index] ?? score,
  }));
  const items = [
    { name: 'mood.phq2.0', item: copy.phq2[0], error: errors?.phq2?.[0] },
    { name: 'mood.phq2.1', item: copy.phq2[1], error: errors?.phq2?.[1] },
    { name: 'mood.gad2.0', item: copy.gad2[0], error: errors?.gad2?.[0] },
    { name: 'mood.gad2.1', item: copy.gad2[1], error: errors?.gad2?.[1] },
  ] as const;
  const selfHarm = form.watch('mood.selfHarmThoughts');
  return (
    <StepLayout
      step="mood"
      title={copy.title}
      intro={copy.intro}
      attempts={attempts}
      onSubmit={onSubmit}
    >
      <p className="stem" id="mood-stem">
        {copy.stem}
      </p>
      {items.map(({ name, item, error }) => (
        <RadioGroup
          key={name}
          control={form.control}
          name={name}
          legend={item}
          options={answers}
          parse={parseScore}
          format={formatScore}
          className="outcomes"
          error={error ? t.errors.chooseOne : undefined}
        />
      ))}
      <p className="hint attribution">{copy.attribution}</p>
      <div className="self-harm">
        <RadioGroup
          control={form.control}
          name="mood.selfHarmThoughts"
          legend={copy.selfHarm.legend}
          hint={copy.selfHarm.hint}
          options={yesNo(t.app.yes, t.app.no)}
          parse={parseYesNo}
          format={formatYesNo}
          className="inline"
          error={errors?.selfHarmThoughts ? t.errors.chooseOne : undefined}
        />
        {/* Always present, so that the support is announced the moment it appears. */}
        <div aria-live="polite">{selfHarm && <CrisisSupport duringCheck />}</div>
      </div>
    </StepLayout>
  );
}

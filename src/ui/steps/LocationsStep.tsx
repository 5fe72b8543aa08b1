import { useController } from 'react-hook-form';
import { stepById } from '../../flows/steps';
import { locations, type Location } from '../../rules';
import { BodyDiagram } from '../components/BodyDiagram';
import { CheckboxGroup } from '../components/fields';
import { StepLayout } from '../components/StepLayout';
import { useLocale } from '../i18n/locale';
import { optionsOf, useStepForm } from './useStepForm';

export function LocationsStep() {
  const { t } = useLocale();
  const { form, onSubmit, attempts } = useStepForm(stepById('locations').schema, (draft) => ({
    locations: draft.locations ?? [],
  }));
  const copy = t.steps.locations;
  const { field } = useController({ control: form.control, name: 'locations' });
  const selected = (field.value as Location[] | undefined) ?? [];
  const toggle = (location: Location) =>
    field.onChange(
      selected.includes(location)
        ? selected.filter((l) => l !== location)
        : [...selected, location],
    );
  return (
    <StepLayout
      step="locations"
      title={copy.title}
      intro={copy.intro}
      attempts={attempts}
      onSubmit={onSubmit}
    >
      <div className="locations">
        <BodyDiagram
          frontLabel={copy.front}
          backLabel={copy.backView}
          labels={copy.options}
          selected={selected}
          onToggle={toggle}
        />
        <CheckboxGroup
          control={form.control}
          name="locations"
          legend={copy.listLegend}
          options={optionsOf(locations, copy.options, copy.hints)}
          error={form.formState.errors.locations ? t.errors.chooseAtLeastOne : undefined}
        />
      </div>
    </StepLayout>
  );
}

import fc from 'fast-check';
import {
  allergyKinds,
  backDiagnoses,
  backLegPain,
  backWorseWith,
  durations,
  goalKinds,
  headacheTypes,
  historyItems,
  kneeDiagnoses,
  kneeReplacement,
  locations,
  neckArmPain,
  neckDiagnoses,
  neckWorseWith,
  nerveCauses,
  redFlags,
  treatmentKinds,
  treatmentOutcomes,
  urgentRedFlags,
  type Answers,
} from './answers';

// Generators of schema-valid Answers for property tests (here and in the server's fuzz tests).

const set = <T>(values: readonly T[], minLength = 0) =>
  fc.shuffledSubarray([...values], { minLength });

const scale = (max: number) => fc.integer({ min: 0, max });

const details = {
  back: fc.record({
    legPain: fc.constantFrom(...backLegPain),
    worseWith: set(backWorseWith),
    diagnoses: set(backDiagnoses),
    priorSurgery: fc.boolean(),
  }),
  neck: fc.record({
    armPain: fc.constantFrom(...neckArmPain),
    worseWith: set(neckWorseWith),
    diagnoses: set(neckDiagnoses),
    priorSurgery: fc.boolean(),
  }),
  knee: fc.record({
    diagnoses: set(kneeDiagnoses),
    replacement: fc.constantFrom(...kneeReplacement),
  }),
  head: fc.record({ types: set(headacheTypes, 1), daysPerMonth: scale(31) }),
  nerve: fc.record({ cause: fc.constantFrom(...nerveCauses) }),
};

const treatments = fc.record(
  Object.fromEntries(treatmentKinds.map((kind) => [kind, fc.constantFrom(...treatmentOutcomes)])),
) as fc.Arbitrary<Answers['treatments']>;

export const answersArbitrary = (
  options: { redFlags?: fc.Arbitrary<Answers['redFlags']> } = {},
): fc.Arbitrary<Answers> =>
  fc
    .record({
      age: fc.integer({ min: 18, max: 120 }),
      redFlags: options.redFlags ?? set(redFlags),
      locations: set(locations, 1),
      back: details.back,
      neck: details.neck,
      knee: details.knee,
      head: details.head,
      nerve: details.nerve,
      duration: fc.constantFrom(...durations),
      painAverage: scale(10),
      painAbove: scale(10),
      interference: scale(10),
      treatments,
      steroidInjectionsPast12Months: fc.integer({ min: 0, max: 24 }),
      history: set(historyItems),
      allergies: set(allergyKinds),
      goals: set(goalKinds, 1),
    })
    .map(({ back, neck, knee, head, nerve, painAbove, ...rest }) => {
      const answers: Answers = {
        version: 1,
        ...rest,
        painWorst: Math.min(10, rest.painAverage + painAbove),
      };
      if (rest.locations.includes('lowerBack')) answers.back = back;
      if (rest.locations.includes('neck')) answers.neck = neck;
      if (rest.locations.includes('knee')) answers.knee = knee;
      if (rest.locations.includes('head')) answers.head = head;
      if (rest.locations.includes('nervePain')) answers.nerve = nerve;
      return answers;
    });

/** Answers with no emergency-level flag (urgent ones may be present). */
export const nonEmergencyAnswers = answersArbitrary({ redFlags: set(urgentRedFlags) });
/** Answers with no red flag at all. */
export const flaglessAnswers = answersArbitrary({ redFlags: fc.constant([]) });

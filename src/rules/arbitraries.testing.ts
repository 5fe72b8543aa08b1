import fc from 'fast-check';
import {
  allergyKinds,
  backDiagnoses,
  bloodThinnerKinds,
  giantCellArteritisMinAge,
  imagingKinds,
  priorProcedureKinds,
  procedureLasted,
  procedureReliefs,
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

const priorProcedures = fc.uniqueArray(
  fc.record({
    kind: fc.constantFrom(...priorProcedureKinds),
    relief: fc.constantFrom(...procedureReliefs),
    lasted: fc.constantFrom(...procedureLasted),
  }),
  { minLength: 1, maxLength: priorProcedureKinds.length, selector: (p) => p.kind },
);

const moodItem = fc.constantFrom(0, 1, 2, 3);
const mood = fc.record({
  phq2: fc.tuple(moodItem, moodItem),
  gad2: fc.tuple(moodItem, moodItem),
  selfHarmThoughts: fc.boolean(),
});

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
      priorProcedures,
      imaging: fc.constantFrom(...imagingKinds),
      steroidInjectionsPast12Months: fc.integer({ min: 0, max: 24 }),
      steroidCoursesPast12Months: fc.integer({ min: 0, max: 24 }),
      history: set(historyItems),
      bloodThinnerKinds: set(bloodThinnerKinds, 1),
      allergies: set(allergyKinds),
      mood,
      goals: set(goalKinds, 1),
    })
    .map(
      ({
        back,
        neck,
        knee,
        head,
        nerve,
        painAbove,
        priorProcedures,
        bloodThinnerKinds,
        ...rest
      }) => {
        const answers: Answers = {
          version: 2,
          ...rest,
          // The schema refuses giant cell arteritis signs under 50.
          redFlags:
            rest.age < giantCellArteritisMinAge
              ? rest.redFlags.filter((flag) => flag !== 'giantCellArteritisSigns')
              : rest.redFlags,
          painWorst: Math.min(10, rest.painAverage + painAbove),
        };
        if (rest.treatments.injections !== 'notTried') answers.priorProcedures = priorProcedures;
        if (rest.history.includes('bloodThinners')) answers.bloodThinnerKinds = bloodThinnerKinds;
        if (rest.locations.includes('lowerBack')) answers.back = back;
        if (rest.locations.includes('neck')) answers.neck = neck;
        if (rest.locations.includes('knee')) answers.knee = knee;
        if (rest.locations.includes('head')) answers.head = head;
        if (rest.locations.includes('nervePain')) answers.nerve = nerve;
        return answers;
      },
    );

/** Answers with no emergency-level flag (urgent ones may be present). */
export const nonEmergencyAnswers = answersArbitrary({ redFlags: set(urgentRedFlags) });
/** Answers with no red flag at all. */
export const flaglessAnswers = answersArbitrary({ redFlags: fc.constant([]) });

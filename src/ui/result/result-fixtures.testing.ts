import type { Answers } from '../../rules';
import { answersWith } from '../../rules/examples.testing';

// Answers that produce each verdict and each special case of the result, from the worked examples
// of CLINICAL section 4 (numbered as there). Tests check the verdict of each before relying on it.

const radicular = (a: Answers) => {
  a.back = {
    legPain: 'belowKnee',
    worseWith: [],
    diagnoses: ['discHerniation'],
    priorSurgery: false,
  };
};
const facetPattern = (a: Answers) => {
  a.back = { ...a.back!, worseWith: ['bendingBackwardTwisting'] };
};

export const resultFixtures = {
  /** #1: goodCandidate (strongMatch), ESI strong, esiRareSeriousRisks. */
  epidural: answersWith(radicular),
  /** #2: goodCandidate, facet and RFA strong after a measured block. */
  facetAndAblation: answersWith(facetPattern, (a) => {
    a.treatments.injections = 'temporaryRelief';
    a.priorProcedures = [
      { kind: 'facetOrMedialBranchBlock', relief: '80plus', lasted: 'underOneDay' },
    ];
  }),
  /** #3: RFA possible with diagnosticBlocksFirst (test numbing injections first). */
  ablationTestBlocks: answersWith(facetPattern, (a) => {
    a.treatments.injections = 'temporaryRelief';
    a.priorProcedures = [{ kind: 'epidural', relief: 'under50', lasted: 'daysToWeeks' }];
  }),
  /** #5: conservativeFirst (mild). */
  mild: answersWith((a) => {
    a.painAverage = 2;
    a.interference = 2;
  }),
  /** #6: conservativeFirst (nothingTried, noActiveTherapy). */
  nothingTried: answersWith((a) => {
    a.treatments.otcMedication = 'notTried';
    a.treatments.physicalTherapy = 'notTried';
  }),
  /** #12: conservativeFirst (noActiveTherapy) with facet strong: still no fit label. */
  conservativeWithStrong: answersWith(facetPattern, (a) => {
    a.treatments.physicalTherapy = 'notTried';
  }),
  /** #7: possibleCandidate (noStrongMatch), SCS possible for diabetic nerve pain. */
  stimulationPossible: answersWith((a) => {
    a.locations = ['nervePain'];
    delete a.back;
    a.nerve = { cause: 'diabetes' };
    a.duration = 'over1Year';
    a.treatments.physicalTherapy = 'notTried';
    a.treatments.exercise = 'noRelief';
  }),
  /** #8: urgent (myelopathySigns), ESI strong for staff only. */
  urgent: answersWith(radicular, (a) => {
    a.redFlags = ['myelopathySigns'];
  }),
  /** #9: possibleCandidate, nerve block possible for migraine. */
  headache: answersWith((a) => {
    a.locations = ['head'];
    delete a.back;
    a.head = { types: ['migraine'], daysPerMonth: 4 };
  }),
  /** #10: moodSupport. */
  mood: answersWith(radicular, (a) => {
    a.mood = { phq2: [2, 2], gad2: [1, 0], selfHarmThoughts: false };
  }),
  /** #11: bloodThinners (a DOAC). */
  bloodThinners: answersWith(radicular, (a) => {
    a.history = ['bloodThinners'];
    a.bloodThinnerKinds = ['doac'];
  }),
  /** #13: SCS strong with its pathway, ESI possible after an epidural that did not help. */
  stimulation: answersWith((a) => {
    a.back = { legPain: 'belowKnee', worseWith: [], diagnoses: [], priorSurgery: true };
    a.duration = 'over1Year';
    a.painAverage = 7;
    a.painWorst = 9;
    a.interference = 7;
    a.treatments.prescriptionMedication = 'noRelief';
    a.treatments.physicalTherapy = 'temporaryRelief';
    a.treatments.injections = 'noRelief';
    a.priorProcedures = [{ kind: 'epidural', relief: 'none', lasted: 'underOneDay' }];
  }),
  /** #16: possibleCandidate (medicalReviewFirst): pregnancy. */
  pregnant: answersWith(radicular, (a) => {
    a.history = ['pregnant'];
  }),
  /** Pain only in "another place": possibleCandidate (noProcedureMatched). */
  noProcedure: answersWith((a) => {
    a.locations = ['other'];
    delete a.back;
  }),
  /** #1 with a "yes" to the self-harm question: crisis support first. */
  selfHarm: answersWith(radicular, (a) => {
    a.mood = { phq2: [3, 3], gad2: [2, 2], selfHarmThoughts: true };
  }),
  /** #1 hoping to be free of pain. */
  painFree: answersWith(radicular, (a) => {
    a.goals = ['painFree', 'backToActivities'];
  }),
  /** Sciatica and stenosis named, many cautions at once (jargon, medicines, allergies, steroids). */
  manyCautions: answersWith((a) => {
    a.age = 62;
    a.back = {
      legPain: 'belowKnee',
      worseWith: ['standingWalking'],
      diagnoses: ['sciatica', 'spinalStenosis'],
      priorSurgery: false,
    };
    a.history = ['bloodThinners', 'diabetes', 'glp1Agonist', 'osteoporosis', 'implantedDevice'];
    a.bloodThinnerKinds = ['aspirin', 'antiplatelet'];
    a.allergies = ['contrastDye', 'latex'];
    a.steroidInjectionsPast12Months = 2;
    a.steroidCoursesPast12Months = 1;
  }),
} satisfies Record<string, Answers>;

export type ResultFixture = keyof typeof resultFixtures;

/** The answers as saved progress keeps them: without their version. */
export function draftOf(answers: Answers): Omit<Answers, 'version'> {
  const { version: _version, ...draft } = answers;
  return draft;
}

import type { Answers } from './answers';

/**
 * The base answers of CLINICAL section 4's worked examples: age 45, no red flags, lower back pain
 * without leg pain, 6-12 months, average 6, worst 8, interference 6, only over-the-counter
 * medication and physical therapy tried, both without relief; no earlier procedures, no imaging,
 * no steroids, no history, no allergies, a calm mood screen, and the goal of less pain.
 */
export const baseAnswers = (): Answers => ({
  version: 2,
  age: 45,
  redFlags: [],
  locations: ['lowerBack'],
  back: { legPain: 'none', worseWith: [], diagnoses: [], priorSurgery: false },
  duration: '6To12Months',
  painAverage: 6,
  painWorst: 8,
  interference: 6,
  treatments: {
    otcMedication: 'noRelief',
    prescriptionMedication: 'notTried',
    opioids: 'notTried',
    physicalTherapy: 'noRelief',
    chiropractic: 'notTried',
    exercise: 'notTried',
    injections: 'notTried',
    surgery: 'notTried',
  },
  imaging: 'none',
  steroidInjectionsPast12Months: 0,
  steroidCoursesPast12Months: 0,
  history: [],
  allergies: [],
  mood: { phq2: [0, 0], gad2: [0, 0], selfHarmThoughts: false },
  goals: ['lessPain'],
});

type Edit = (answers: Answers) => void;

/** The base answers with the edits of one example applied. */
export function answersWith(...edits: Edit[]): Answers {
  const answers = baseAnswers();
  for (const edit of edits) edit(answers);
  return answers;
}

import { randomUUID } from 'node:crypto';
import type { Contact, IntakeRequest } from '../../api/contract';
import type { Answers } from '../../rules';
import { answersWith } from '../../rules/examples.testing';

/** A date of birth that makes someone `age` years old today (1 January of that year). */
export const birthDateFor = (age: number, today = new Date()) =>
  `${today.getUTCFullYear() - age}-01-01`;

export const contactFor = (answers: { age: number }, patch: Partial<Contact> = {}): Contact => ({
  firstName: 'Rosa',
  lastName: 'Delgado',
  dateOfBirth: birthDateFor(answers.age),
  phone: '+1 (732) 555-0142',
  email: 'rosa.delgado@example.com',
  preferredContact: 'phone',
  bestTime: 'morning',
  message: 'Mornings are best.',
  consent: { contact: true, privacy: true },
  ...patch,
});

export function validRequest(edit?: (answers: Answers) => void): IntakeRequest {
  const answers = answersWith((a) => {
    a.back = { legPain: 'belowKnee', worseWith: [], diagnoses: ['sciatica'], priorSurgery: false };
    edit?.(a);
  });
  return { answers, contact: contactFor(answers), locale: 'en' };
}

export const newKey = () => randomUUID();

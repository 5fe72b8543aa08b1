import type { Answers } from './answers';

/**
 * Fever with back or neck pain in someone whose immune system is weakened: a possible spinal
 * infection (CLINICAL section 3 rule 1, R4). The flow learns the last of these at the history step
 * and interrupts there; assess() gives the emergency verdict for it. Its own module, so the
 * questionnaire can use it without carrying the whole of assess().
 */
export function infectionRisk(
  answers: Pick<Answers, 'redFlags' | 'history' | 'locations'>,
): boolean {
  return (
    answers.redFlags.includes('feverChills') &&
    answers.history.includes('immunosuppressed') &&
    (answers.locations.includes('lowerBack') || answers.locations.includes('neck'))
  );
}

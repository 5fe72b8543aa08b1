import type { RedFlag } from './answers';
/** The source ids that ruleset 2026.1 cited. */
type SourceId =
  'S0' | 'R1' | 'R2' | 'R3' | 'G1' | 'G2' | 'G3' | 'G4' | 'G5' | 'G6' | 'G7' | 'G8' | 'G9';

export const rulesetVersion = '2026.1';

export const verdicts = [
  'emergency',
  'urgent',
  'goodCandidate',
  'possibleCandidate',
  'conservativeFirst',
] as const;
export type Verdict = (typeof verdicts)[number];

/** The order of CLINICAL section 2: results list procedures in this order within a fit. */
export const procedureIds = [
  'epiduralSteroidInjection',
  'facetJointInjection',
  'nerveBlock',
  'spinalCordStimulation',
  'radiofrequencyAblation',
] as const;
export type ProcedureId = (typeof procedureIds)[number];

export const fits = ['strong', 'possible'] as const;
export type Fit = (typeof fits)[number];

/** The order of CLINICAL section 3 "Cautions": results list cautions in this order within a severity. */
export const cautionIds = [
  'activeInfection',
  'bloodThinners',
  'bleedingDisorder',
  'pregnancy',
  'implantedDevice',
  'immunosuppressed',
  'diabetesSteroids',
  'allergy',
  'steroidLimit',
  'newPainOver50',
  'generalRisks',
] as const;
export type CautionId = (typeof cautionIds)[number];

export const severities = ['important', 'warning', 'info'] as const;
export type Severity = (typeof severities)[number];

export const expectationIds = [
  'notACure',
  'injectionTimeline',
  'ablationTimeline',
  'stimulationTimeline',
  'outpatient',
] as const;
export type ExpectationId = (typeof expectationIds)[number];

export const redFlagLevels = ['emergency', 'urgent'] as const;
export type RedFlagLevel = (typeof redFlagLevels)[number];

/**
 * Why an item is in the result. `answer` is a path into Answers: dotted for nested fields
 * (`back.legPain`, `treatments.injections`); for a set of choices, `field:value` names the chosen
 * member that triggered it (`history:bloodThinners`, `back.diagnoses:discHerniation`).
 */
export interface Reason {
  answer: string;
  source: SourceId;
}

export interface Assessment {
  rulesetVersion: string;
  verdict: Verdict;
  redFlags: { id: RedFlag; level: RedFlagLevel }[];
  procedures: { id: ProcedureId; fit: Fit; reasons: Reason[] }[];
  cautions: { id: CautionId; severity: Severity; reasons: Reason[] }[];
  expectations: { id: ExpectationId; reasons: Reason[] }[];
}

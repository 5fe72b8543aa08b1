import type { CautionId, ExpectationId, ProcedureId, Verdict } from './assessment';
import type { ClinicPassage } from './sources';

// Which passage of the clinic's article (S0) the app quotes beside each item it shows. Cautions
// that the article does not speak to (pregnancy, implanted devices, diabetes, allergy, the
// steroid limit, new pain over 50) quote nothing and cite their external source only.

export const procedureQuotes = {
  epiduralSteroidInjection: 'epiduralSteroidInjection',
  facetJointInjection: 'facetJointInjection',
  nerveBlock: 'nerveBlock',
  spinalCordStimulation: 'spinalCordStimulation',
  radiofrequencyAblation: 'radiofrequencyAblation',
} as const satisfies Record<ProcedureId, ClinicPassage>;

export const cautionQuotes = {
  immunosuppressed: 'medicalHistory',
  generalRisks: 'medicalHistory',
} as const satisfies Partial<Record<CautionId, ClinicPassage>>;

export const expectationQuotes = {
  notACure: 'realisticExpectations',
  injectionTimeline: 'immediateRelief',
  stimulationPathway: 'procedureDay',
  outpatient: 'outpatient',
} as const satisfies Partial<Record<ExpectationId, ClinicPassage>>;

/** The article's four named risks, quoted under "general risks". */
export const generalRiskQuotes = [
  'infection',
  'bleeding',
  'nerveInjury',
  'medicationSideEffects',
] as const satisfies readonly ClinicPassage[];

/** The clinic's words beside the explanation of a verdict. */
export const verdictQuotes = {
  goodCandidate: 'candidates',
  conservativeFirst: 'severity',
} as const satisfies Partial<Record<Verdict, ClinicPassage>>;

/** Beside "a clinician decides": the article says the same. */
export const decisionQuotes = [
  'notForEveryone',
  'specialistEvaluates',
] as const satisfies readonly ClinicPassage[];

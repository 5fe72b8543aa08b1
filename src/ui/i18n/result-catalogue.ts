import type { CautionId, ExpectationId, Fit, ProcedureId, Verdict } from '../../rules';

// The texts of the result and of the page after a request is sent: their own
// file, typed by the rules' ids (a language that misses one is a type error).

export interface ResultCatalogue {
  result: {
    title: string;
    verdicts: Record<Exclude<Verdict, 'emergency'>, { title: string; body: string }>;
    urgentFlags: string;
    proceduresHeading: string;
    noProcedures: string;
    fit: Record<Fit, string>;
    procedures: Record<ProcedureId, { name: string; what: string }>;
    why: string;
    clinicSays: string;
    expectationsHeading: string;
    expectations: Record<ExpectationId, { title: string; body: string }>;
    cautionsHeading: string;
    severity: Record<'important' | 'warning' | 'info', string>;
    cautions: Record<CautionId, { title: string; body: string }>;
    generalRisksHeading: string;
    notADiagnosis: string;
    sourcesHeading: string;
    print: string;
    request: string;
    requestUrgent: string;
    changeAnswers: string;
  };
  submitted: { title: string; reference: string; next: string[]; again: string };
}

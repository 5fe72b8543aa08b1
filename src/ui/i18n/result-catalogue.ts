import type {
  Allergy,
  BloodThinnerKind,
  CautionId,
  Duration,
  ExpectationId,
  Fit,
  ProcedureId,
  SourceId,
  TreatmentKind,
  Verdict,
  VerdictReason,
  urgentRedFlags,
} from '../../rules';

// The texts of the result and of the page after a request is sent: their own file, typed by the
// rules' ids (a language that misses one is a type error).

/** The patient's own answers, in words, that the verdict's sentences repeat. */
export interface VerdictFacts {
  /** How long the pain has lasted, as a phrase: "6 to 12 months". */
  duration: string;
  painAverage: number;
  interference: number;
  /** The everyday treatments tried that did not give lasting relief, as one list. */
  failed: string;
  /** The everyday treatments that still help, as one list. */
  lasting: string;
  /** Pregnancy, an infection now, a bleeding disorder: what a doctor looks at first. */
  reviewItems: string;
}

/** Why the verdict is what it is, for the verdicts the result shows (emergency has its own screen). */
export type ResultVerdictReason = Exclude<VerdictReason, 'emergencyFlag' | 'infectionRisk'>;
export type UrgentRedFlag = (typeof urgentRedFlags)[number];
export type ReviewItem = 'pregnant' | 'activeInfection' | 'bleedingDisorder';
/** Words explained where they first appear in a reason (CLINICAL section 5, jargon). */
export type Term = 'facet' | 'sciatica' | 'stenosis' | 'bursitis' | 'crps' | 'contrastDye';

interface TitledText {
  title: string;
  body: string;
}

export interface ResultCatalogue {
  result: {
    title: string;
    /** At the top: a guide, not a diagnosis; a clinician decides. */
    notADiagnosis: string;
    verdicts: Record<Exclude<Verdict, 'emergency'>, { title: string }>;
    because: Record<ResultVerdictReason, (facts: VerdictFacts) => string>;
    urgent: {
      flagsIntro: string;
      flags: Record<UrgentRedFlag, string>;
      adviceHeading: string;
      advice: string[];
    };
    firstLine: {
      heading: string;
      intro: string;
      care: Record<'activity' | 'heat' | 'medicines' | 'support', TitledText>;
      comeBack: string;
      later: string;
      laterIntro: string;
    };
    durations: Record<Duration, string>;
    treatments: Record<TreatmentKind, string>;
    reviewItems: Record<ReviewItem, string>;
    proceduresHeading: string;
    noProcedures: string;
    fit: Record<Fit, string>;
    procedures: Record<ProcedureId, { name: string; short: string; what: string }>;
    why: string;
    terms: Record<Term, string>;
    basedOn: string;
    clinicSays: string;
    /** Spanish only differs: the clinic's words are shown translated, the original on request. */
    clinicSaysTranslated: string;
    originalEnglish: string;
    expectationsHeading: string;
    expectations: Record<ExpectationId, TitledText>;
    notACurePainFree: string;
    stimulationSteps: string[];
    seekCareSigns: string[];
    /** Added for headaches (R2): the headache warning signs. */
    seekCareHeadacheSigns: string[];
    /**
     * By which pathway: what specialists look for before this procedure, said where the answers
     * leave a step to come (a possible fit) or show it was met (a measured test block).
     */
    pathway: {
      repeatEpidural: string;
      stimulationFirst: string;
      testBlocksFirst: string;
      blockHelped: string;
    };
    importantHeading: string;
    cautionsHeading: string;
    severity: Record<'important' | 'warning' | 'info', string>;
    cautions: Record<CautionId, TitledText>;
    bloodThinnersYouTake: string;
    bloodThinnerKinds: Record<BloodThinnerKind, string>;
    allergiesYouNamed: string;
    allergies: Record<Allergy, string>;
    steroidCounts: (injections: number, courses: number) => string;
    generalRisksHeading: string;
    disclosure: string;
    sourcesHeading: string;
    sources: Record<SourceId, string>;
    print: string;
    request: string;
    requestUrgent: string;
    requestHint: string;
    stickyLabel: string;
    changeAnswers: string;
  };
  submitted: {
    title: string;
    reference: string;
    keepReference: string;
    urgentHeading: string;
    urgent: string;
    next: string;
    /** After a "yes" to the self-harm question: the call comes soon, and 988 is there now. */
    selfHarmNext: string;
    callUs: string;
    hours: string;
    worse: string;
    again: string;
  };
}

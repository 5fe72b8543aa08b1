import type {
  Allergy,
  BloodThinnerKind,
  Imaging,
  PriorProcedureKind,
  ProcedureLasted,
  ProcedureRelief,
  Duration,
  Goal,
  HistoryItem,
  Location,
  RedFlag,
  TreatmentKind,
  TreatmentOutcome,
  backDiagnoses,
  backLegPain,
  backWorseWith,
  headacheTypes,
  kneeDiagnoses,
  kneeReplacement,
  neckArmPain,
  neckDiagnoses,
  neckWorseWith,
  nerveCauses,
} from '../../rules';
import type { SectionId, StepId } from '../../flows/steps';
import type { ResultCatalogue } from './result-catalogue';

// Every patient-facing text, typed by the rules' own ids: a language that misses one is a type error.

export type Locale = 'en' | 'es';
export const locales = ['en', 'es'] as const satisfies readonly Locale[];

type Options<T extends string> = Record<T, string>;
type Of<T extends readonly string[]> = T[number];

interface ChoiceQuestion<T extends string> {
  legend: string;
  hint?: string;
  options: Options<T>;
  /** Plain words for an option's jargon, or what it includes. */
  hints?: Partial<Options<T>>;
}

/**
 * What a whole-number answer says when it breaks a rule: empty, not a whole number, or outside its
 * range (the limit is named).
 */
export interface NumberMessages {
  empty: string;
  notWhole: string;
  tooLow: (min: number) => string;
  tooHigh: (max: number) => string;
}

/** A name's messages: empty, or longer than its limit (named, with the length typed). */
interface TextMessages {
  empty: string;
  tooLong: (max: number, length: number) => string;
}

/** The four answers of PHQ-2 and GAD-2 items, scores 0 to 3, in their published wording. */
type MoodAnswers = readonly [string, string, string, string];

export interface Catalogue {
  languageName: string;
  app: {
    title: string;
    clinicFallback: string;
    language: string;
    /** The progress caption above each question: the part of the questionnaire and its name. */
    partOf: (part: number, of: number, name: string) => string;
    /** The browser tab's title (index.html carries the English one). */
    pageTitle: string;
    sections: Record<SectionId, string>;
    back: string;
    next: string;
    startOver: string;
    startOverConfirm: string;
    /** The heading of the list of errors after a submit that fails. */
    errorSummaryTitle: string;
    /** Under a text with a length limit. */
    charactersLeft: (left: number) => string;
    charactersTooMany: (over: number) => string;
    saveProgress: string;
    saveProgressHint: string;
    restored: string;
    /** Saved progress of an earlier version of the questions was dropped. */
    outdated: string;
    privacy: string;
    yes: string;
    no: string;
    selectAll: string;
    noneOfThese: string;
  };
  errors: {
    chooseOne: string;
    chooseAtLeastOne: string;
    /** Neither a warning sign nor "None of these" chosen. */
    redFlags: string;
    age: NumberMessages;
    /** The other whole-number answers, all from 0: headache days, steroid shots and courses. */
    number: NumberMessages;
    painWorst: string;
  };
  steps: {
    age: { title: string; intro: string; label: string; hint: string };
    redFlags: {
      title: string;
      intro: string;
      emergencyHeading: string;
      urgentHeading: string;
      options: Options<RedFlag>;
      hints: Partial<Options<RedFlag>>;
    };
    locations: {
      title: string;
      intro: string;
      front: string;
      backView: string;
      listLegend: string;
      options: Options<Location>;
      hints: Options<Location>;
    };
    back: {
      title: string;
      legPain: ChoiceQuestion<Of<typeof backLegPain>>;
      worseWith: ChoiceQuestion<Of<typeof backWorseWith>>;
      diagnoses: ChoiceQuestion<Of<typeof backDiagnoses>>;
      priorSurgery: { legend: string };
    };
    neck: {
      title: string;
      armPain: ChoiceQuestion<Of<typeof neckArmPain>>;
      worseWith: ChoiceQuestion<Of<typeof neckWorseWith>>;
      diagnoses: ChoiceQuestion<Of<typeof neckDiagnoses>>;
      priorSurgery: { legend: string };
    };
    knee: {
      title: string;
      diagnoses: ChoiceQuestion<Of<typeof kneeDiagnoses>>;
      replacement: ChoiceQuestion<Of<typeof kneeReplacement>>;
    };
    head: {
      title: string;
      types: ChoiceQuestion<Of<typeof headacheTypes>>;
      daysPerMonth: { label: string; hint: string };
    };
    nerve: { title: string; cause: ChoiceQuestion<Of<typeof nerveCauses>> };
    duration: { title: string; intro: string; options: Options<Duration> };
    pain: {
      title: string;
      intro: string;
      painAverage: string;
      painWorst: string;
      interference: string;
      painEnds: { low: string; middle: string; high: string };
      interferenceEnds: { low: string; middle: string; high: string };
    };
    treatments: {
      title: string;
      intro: string;
      /** The treatment's name, for review and for "why this fits". */
      kinds: Options<TreatmentKind>;
      /** The yes/no question asked for each treatment. */
      tried: Options<TreatmentKind>;
      hints: Partial<Options<TreatmentKind>>;
      howDidItGo: string;
      outcomes: Options<TreatmentOutcome>;
    };
    priorProcedures: {
      title: string;
      intro: string;
      kinds: ChoiceQuestion<PriorProcedureKind>;
      relief: ChoiceQuestion<ProcedureRelief>;
      lasted: ChoiceQuestion<ProcedureLasted>;
    };
    imaging: ChoiceQuestion<Imaging> & { title: string; intro: string };
    history: {
      title: string;
      history: ChoiceQuestion<HistoryItem>;
      bloodThinnerKinds: ChoiceQuestion<BloodThinnerKind>;
    };
    allergies: {
      title: string;
      allergies: ChoiceQuestion<Allergy>;
      steroidInjections: { label: string; hint: string };
      steroidCourses: { label: string; hint: string };
    };
    mood: {
      title: string;
      intro: string;
      /** PHQ-2 and GAD-2 (P1), published wording: the stem, the items, the answers 0 to 3. */
      stem: string;
      phq2: readonly [string, string];
      gad2: readonly [string, string];
      answers: MoodAnswers;
      attribution: string;
      /** Our own yes/no question, never scored. */
      selfHarm: { legend: string; hint: string };
    };
    goals: ChoiceQuestion<Goal> & { title: string };
  };
  review: {
    title: string;
    intro: string;
    change: (what: string) => string;
    confirm: string;
    none: string;
  };
  /** Short names of answers, for review and for "why this fits". */
  answerNames: {
    age: string;
    redFlags: string;
    locations: string;
    duration: string;
    painAverage: string;
    painWorst: string;
    interference: string;
    steroidInjectionsPast12Months: string;
    steroidCoursesPast12Months: string;
    priorProcedures: string;
    imaging: string;
    bloodThinnerKinds: string;
    mood: { phq2: string; gad2: string; selfHarmThoughts: string };
    history: string;
    allergies: string;
    goals: string;
    back: { legPain: string; worseWith: string; diagnoses: string; priorSurgery: string };
    neck: { armPain: string; worseWith: string; diagnoses: string; priorSurgery: string };
    knee: { diagnoses: string; replacement: string };
    head: { types: string; daysPerMonth: string };
    nerve: { cause: string };
    outOf10: (n: number) => string;
    years: (n: number) => string;
    daysAMonth: (n: number) => string;
    /** How an earlier procedure went, e.g. "helped 50–79%, for days to weeks". */
    procedureOutcome: (relief: ProcedureRelief, lasted: ProcedureLasted | undefined) => string;
  };
  stepNames: Record<StepId, string>;
  emergency: {
    title: string;
    body: string;
    call: string;
    er: string;
    drive: string;
    because: string;
    /** Fever, a weak immune system and back or neck pain together (R4). */
    infectionRisk: string;
    notSent: string;
    mistake: string;
  };
  /** Right after the warning signs, when one needs a doctor soon (CLINICAL section 5). */
  urgentNotice: {
    title: string;
    body: string;
    finish: string;
    worse: string;
    continue: string;
  };
  /** Crisis support after a "yes" to the self-harm question (P2: 988 Suicide & Crisis Lifeline). */
  crisis: {
    title: string;
    body: string;
    call: string;
    text: string;
    spanish: string;
    danger: string;
    call911: string;
    /** A tap-to-text button for 988's Spanish line (AYUDA), in Spanish in both catalogues. */
    textSpanish: string;
    notWatched: string;
    keepGoing: string;
  };
  under18: { title: string; body: string; next: string };
  request: {
    title: string;
    intro: string;
    firstName: string;
    lastName: string;
    dateOfBirth: string;
    dateOfBirthHint: string;
    phone: string;
    phoneHint: string;
    email: string;
    emailHint: string;
    preferredContact: { legend: string; options: Record<'phone' | 'text' | 'email', string> };
    bestTime: {
      legend: string;
      options: Record<'morning' | 'afternoon' | 'evening' | 'any', string>;
    };
    message: string;
    consentLegend: string;
    consentContact: string;
    consentPrivacy: string;
    send: string;
    sending: string;
    /** One message for each rule of the contact contract, naming its limit. */
    errors: {
      firstName: TextMessages;
      lastName: TextMessages;
      dateOfBirth: {
        empty: string;
        notReal: string;
        future: string;
        tooOld: (years: number) => string;
        /** A real date, but not of the age answered (one year either way). */
        age: (age: number) => string;
      };
      phone: {
        empty: string;
        /** Anything but digits, spaces, ( ) . - and a leading +. */
        characters: string;
        digits: (min: number, max: number, count: number) => string;
        tooLong: (max: number, length: number) => string;
      };
      email: {
        invalid: string;
        tooLong: (max: number, length: number) => string;
        /** Contact by email chosen, and no address. */
        needed: string;
      };
      message: { tooLong: (max: number, length: number) => string };
      consentContact: string;
      consentPrivacy: string;
      /** Control characters or text-direction overrides, usually pasted. */
      /** Names the field: the summary lists this message alone. */
      hiddenCharacters: (field: string) => string;
    };
    /** `outdated`: the page is older than the clinic's form (the server refused its answers' version). */
    failed: Record<'offline' | 'server' | 'rateLimited' | 'rejected' | 'outdated', string>;
    retry: string;
  };
}

/**
 * With the texts of the result and of the page after sending, which load with the result screen
 * (src/ui/result/locale.ts) so that the first screen does not carry them.
 */
export type FullCatalogue = Catalogue & ResultCatalogue;

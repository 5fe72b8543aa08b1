import type { Contact, IntakeRecord } from '../api/contract';
import { clinicalSummary, summaryText } from '../api/clinical-summary';
import * as current from '../rules';
import * as answersV1 from '../rules/v1/answers';
import * as assessmentV1 from '../rules/v1/assessment';

// FHIR R4: the questionnaire as a Questionnaire resource whose linkIds are CLINICAL.md's answer
// fields (nested ones dotted: back.legPain, treatments.opioids, mood.phq2.0 for a tuple's first
// score), and each intake as a QuestionnaireResponse with the patient contained and the server's
// assessment as read-only items.
//
// One canonical URL, one Questionnaire per ruleset: `<base>/api/fhir/Questionnaire/ipm-candidacy`
// with `version` 2026.2 (the current one, resource id `ipm-candidacy`) and 2026.1 (resource id
// `ipm-candidacy-2026.1`, built from the frozen version-1 enumerations). A response names the one
// it answers as `url|version`, so intakes stored under 2026.1 keep pointing to 2026.1.

export const questionnaireId = 'ipm-candidacy';
const system = (field: string) => `urn:ipm-candidacy:${field}`;

/** The canonical URL every version of the questionnaire shares. */
export const questionnaireUrl = (baseUrl: string) =>
  `${baseUrl}/api/fhir/Questionnaire/${questionnaireId}`;

/** The enumerations each ruleset's questionnaire offers. */
const definitions = {
  [current.rulesetVersion]: {
    id: questionnaireId,
    answers: current,
    assessment: current,
  },
  [assessmentV1.rulesetVersion]: {
    id: `${questionnaireId}-${assessmentV1.rulesetVersion}`,
    answers: answersV1,
    assessment: assessmentV1,
  },
} as const;

export type QuestionnaireVersion = IntakeRecord['rulesetVersion'];
/** Newest first. */
export const questionnaireVersions: QuestionnaireVersion[] = [
  current.rulesetVersion,
  assessmentV1.rulesetVersion,
];

export const isQuestionnaireVersion = (value: unknown): value is QuestionnaireVersion =>
  questionnaireVersions.includes(value as QuestionnaireVersion);

/** The resource id of one version's Questionnaire. */
export const questionnaireIdOf = (version: QuestionnaireVersion) => definitions[version].id;

type Item = Record<string, unknown> & { linkId: string; type: string };

const choice = (
  linkId: string,
  text: string,
  values: readonly string[],
  repeats = false,
  required = true,
): Item => ({
  linkId,
  text,
  type: 'choice',
  required,
  repeats,
  answerOption: values.map((code) => ({ valueCoding: { system: system(linkId), code } })),
});
const integer = (linkId: string, text: string, required = true): Item => ({
  linkId,
  text,
  type: 'integer',
  required,
});
const boolean = (linkId: string, text: string, required = true): Item => ({
  linkId,
  text,
  type: 'boolean',
  required,
});
const group = (linkId: string, text: string, item: Item[], required = false): Item => ({
  linkId,
  text,
  type: 'group',
  required,
  item,
});
const readOnly = (item: Item): Item => ({ ...item, required: false, readOnly: true });
/** Shown (and answered) only when another item has, or has not, one code. */
const enableWhen = (item: Item, question: string, operator: '=' | '!=', code: string): Item => ({
  ...item,
  enableWhen: [{ question, operator, answerCoding: { system: system(question), code } }],
});

/** PHQ-2 and GAD-2 item scores (P1): what 0 to 3 mean, past 2 weeks. */
const moodScale =
  '(0 not at all, 1 several days, 2 more than half the days, 3 nearly every day; past 2 weeks)';

export function questionnaire(
  baseUrl: string,
  version: QuestionnaireVersion = current.rulesetVersion,
) {
  const { id, answers: e, assessment: r } = definitions[version];
  const isCurrent = version === current.rulesetVersion;
  return {
    resourceType: 'Questionnaire',
    id,
    url: questionnaireUrl(baseUrl),
    version,
    name: 'IpmCandidacy',
    title: 'Interventional pain medicine candidacy self-assessment',
    status: isCurrent ? 'active' : 'retired',
    subjectType: ['Patient'],
    item: [
      integer('age', 'Age in years'),
      choice('redFlags', 'Warning signs present now', e.redFlags, true, false),
      choice('locations', 'Where the pain is', e.locations, true),
      group('back', 'Lower back', [
        choice('back.legPain', 'Pain into the leg', e.backLegPain),
        choice('back.worseWith', 'Worse with', e.backWorseWith, true, false),
        choice('back.diagnoses', 'Diagnoses', e.backDiagnoses, true, false),
        boolean('back.priorSurgery', 'Spine surgery in this area, pain persists'),
      ]),
      group('neck', 'Neck', [
        choice('neck.armPain', 'Pain into the arm', e.neckArmPain),
        choice('neck.worseWith', 'Worse with', e.neckWorseWith, true, false),
        choice('neck.diagnoses', 'Diagnoses', e.neckDiagnoses, true, false),
        boolean('neck.priorSurgery', 'Neck surgery, pain persists'),
      ]),
      group('knee', 'Knee', [
        choice('knee.diagnoses', 'Diagnoses', e.kneeDiagnoses, true, false),
        choice('knee.replacement', 'Knee replacement', e.kneeReplacement),
      ]),
      group('head', 'Headaches', [
        choice('head.types', 'Headache types', e.headacheTypes, true),
        integer('head.daysPerMonth', 'Headache days a month'),
      ]),
      group('nerve', 'Nerve pain', [choice('nerve.cause', 'Cause', e.nerveCauses)]),
      choice('duration', 'How long the main pain has lasted', e.durations),
      integer('painAverage', 'Average pain, past week (0-10)'),
      integer('painWorst', 'Worst pain, past week (0-10)'),
      integer('interference', 'Interference with daily activities, past week (0-10)'),
      group(
        'treatments',
        'Treatments tried and their outcome',
        e.treatmentKinds.map((kind) => choice(`treatments.${kind}`, kind, e.treatmentOutcomes)),
        true,
      ),
      ...(isCurrent
        ? [
            enableWhen(
              {
                ...group('priorProcedures', 'Earlier injections or procedures, one each', [
                  choice('priorProcedures.kind', 'Procedure', current.priorProcedureKinds),
                  choice(
                    'priorProcedures.relief',
                    'The most it helped (percent)',
                    current.procedureReliefs,
                  ),
                  choice('priorProcedures.lasted', 'How long it helped', current.procedureLasted),
                ]),
                repeats: true,
              },
              'treatments.injections',
              '!=',
              'notTried',
            ),
            choice('imaging', 'Latest imaging of the painful area', current.imagingKinds),
          ]
        : []),
      integer('steroidInjectionsPast12Months', 'Steroid injections in the past 12 months'),
      ...(isCurrent
        ? [
            integer(
              'steroidCoursesPast12Months',
              'Courses of steroid tablets in the past 12 months',
            ),
          ]
        : []),
      choice('history', 'Medical history', e.historyItems, true, false),
      ...(isCurrent
        ? [
            enableWhen(
              choice('bloodThinnerKinds', 'Which blood thinner', current.bloodThinnerKinds, true),
              'history',
              '=',
              'bloodThinners',
            ),
          ]
        : []),
      choice('allergies', 'Allergies', e.allergyKinds, true, false),
      ...(isCurrent
        ? [
            group(
              'mood',
              'Mood, past 2 weeks (PHQ-2, GAD-2, and one question on thoughts of self-harm)',
              [
                integer(
                  'mood.phq2.0',
                  `PHQ-2 item 1: Little interest or pleasure in doing things ${moodScale}`,
                ),
                integer(
                  'mood.phq2.1',
                  `PHQ-2 item 2: Feeling down, depressed, or hopeless ${moodScale}`,
                ),
                integer(
                  'mood.gad2.0',
                  `GAD-2 item 1: Feeling nervous, anxious, or on edge ${moodScale}`,
                ),
                integer(
                  'mood.gad2.1',
                  `GAD-2 item 2: Not being able to stop or control worrying ${moodScale}`,
                ),
                boolean(
                  'mood.selfHarmThoughts',
                  'Thoughts of being better off dead, or of hurting oneself, in the past 2 weeks',
                ),
              ],
              true,
            ),
          ]
        : []),
      choice('goals', 'Goals', e.goalKinds, true),
      group('assessment', 'Assessment computed by the server (read-only)', [
        readOnly({ linkId: 'assessment.rulesetVersion', text: 'Ruleset version', type: 'string' }),
        readOnly(choice('assessment.verdict', 'Verdict', r.verdicts)),
        ...(isCurrent
          ? [
              readOnly(
                choice(
                  'assessment.verdictBecause',
                  'Why this verdict',
                  current.verdictReasons,
                  true,
                ),
              ),
            ]
          : []),
        readOnly(
          choice(
            'assessment.procedures',
            'Matched procedures (strong or possible fit)',
            r.procedureIds,
            true,
          ),
        ),
        readOnly(choice('assessment.cautions', 'Cautions', r.cautionIds, true)),
        readOnly(choice('assessment.expectations', 'Expectations', r.expectationIds, true)),
        ...(isCurrent
          ? [
              readOnly(
                group('assessment.moodScreen', 'Mood screen (P1)', [
                  readOnly(integer('assessment.moodScreen.phq2', 'PHQ-2 score (0-6)')),
                  readOnly(integer('assessment.moodScreen.gad2', 'GAD-2 score (0-6)')),
                  readOnly(
                    boolean('assessment.moodScreen.positive', 'Positive (either score 3 or more)'),
                  ),
                  readOnly(
                    boolean('assessment.moodScreen.selfHarmThoughts', 'Thoughts of self-harm'),
                  ),
                ]),
              ),
            ]
          : []),
      ]),
    ],
  };
}

/** The Questionnaires whose canonical URL and version match (FHIR search by `url` and `version`). */
export function questionnaireBundle(
  baseUrl: string,
  selfUrl: string,
  versions: readonly QuestionnaireVersion[],
) {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: versions.length,
    link: [{ relation: 'self', url: selfUrl }],
    entry: versions.map((version) => ({
      fullUrl: `${baseUrl}/api/fhir/Questionnaire/${questionnaireIdOf(version)}`,
      resource: questionnaire(baseUrl, version),
      search: { mode: 'match' },
    })),
  };
}

const coding = (linkId: string, code: string, display?: string) => ({
  valueCoding: { system: system(linkId), code, ...(display !== undefined && { display }) },
});

/** An intake as stored: answers and assessment of the ruleset it was received under. */
export type FhirIntake = {
  id: string;
  reference: string;
  createdAt: string;
  contact: Contact;
  /** A self-harm "yes" whose outreach call is recorded: the narrative says so. */
  outreachRecorded?: boolean;
} & IntakeRecord;

type ResponseItem = Record<string, unknown> & { linkId: string };

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Lines of text as a FHIR narrative (XHTML, one paragraph each). */
function narrative(lines: string[]): string {
  return `<div xmlns="http://www.w3.org/1999/xhtml">${lines.map((line) => `<p>${escapeXml(line)}</p>`).join('')}</div>`;
}

export function questionnaireResponse(intake: FhirIntake, baseUrl: string) {
  const a = intake.answers;
  const answer = (linkId: string, values: Record<string, unknown>[]): ResponseItem[] =>
    values.length > 0 ? [{ linkId, answer: values }] : [];
  const codes = (linkId: string, list: readonly string[]) =>
    answer(
      linkId,
      list.map((code) => coding(linkId, code)),
    );
  const int = (linkId: string, value: number) => answer(linkId, [{ valueInteger: value }]);
  const bool = (linkId: string, value: boolean) => answer(linkId, [{ valueBoolean: value }]);

  const details: ResponseItem[] = [];
  if (a.back) {
    details.push({
      linkId: 'back',
      item: [
        ...codes('back.legPain', [a.back.legPain]),
        ...codes('back.worseWith', a.back.worseWith),
        ...codes('back.diagnoses', a.back.diagnoses),
        ...bool('back.priorSurgery', a.back.priorSurgery),
      ],
    });
  }
  if (a.neck) {
    details.push({
      linkId: 'neck',
      item: [
        ...codes('neck.armPain', [a.neck.armPain]),
        ...codes('neck.worseWith', a.neck.worseWith),
        ...codes('neck.diagnoses', a.neck.diagnoses),
        ...bool('neck.priorSurgery', a.neck.priorSurgery),
      ],
    });
  }
  if (a.knee) {
    details.push({
      linkId: 'knee',
      item: [
        ...codes('knee.diagnoses', a.knee.diagnoses),
        ...codes('knee.replacement', [a.knee.replacement]),
      ],
    });
  }
  if (a.head)
    details.push({
      linkId: 'head',
      item: [
        ...codes('head.types', a.head.types),
        ...int('head.daysPerMonth', a.head.daysPerMonth),
      ],
    });
  if (a.nerve) details.push({ linkId: 'nerve', item: codes('nerve.cause', [a.nerve.cause]) });

  // Answers and assessment items that only version 2 has; a 2026.1 intake has none of them.
  const v2 =
    intake.rulesetVersion === current.rulesetVersion
      ? { answers: intake.answers, assessment: intake.assessment }
      : undefined;
  const priorProcedures = (v2?.answers.priorProcedures ?? []).map((p) => ({
    linkId: 'priorProcedures',
    item: [
      ...codes('priorProcedures.kind', [p.kind]),
      ...codes('priorProcedures.relief', [p.relief]),
      ...codes('priorProcedures.lasted', [p.lasted]),
    ],
  }));

  const { contact, assessment } = intake;
  return {
    resourceType: 'QuestionnaireResponse',
    id: intake.id,
    // The clinician's summary, as the human-readable narrative a receiving system shows.
    text: {
      status: 'generated',
      div: narrative(
        summaryText(
          clinicalSummary(intake, { outreachRecorded: intake.outreachRecorded ?? false }),
        ),
      ),
    },
    contained: [
      {
        resourceType: 'Patient',
        id: 'patient',
        name: [{ given: [contact.firstName], family: contact.lastName }],
        birthDate: contact.dateOfBirth,
        telecom: [
          {
            system: 'phone',
            value: contact.phone,
            ...(contact.preferredContact !== 'email' && { rank: 1 }),
          },
          ...(contact.email !== undefined
            ? [
                {
                  system: 'email',
                  value: contact.email,
                  ...(contact.preferredContact === 'email' && { rank: 1 }),
                },
              ]
            : []),
        ],
      },
    ],
    identifier: { system: 'urn:ipm-candidacy:reference', value: intake.reference },
    questionnaire: `${questionnaireUrl(baseUrl)}|${intake.rulesetVersion}`,
    status: 'completed',
    subject: { reference: '#patient' },
    authored: intake.createdAt,
    item: [
      ...int('age', a.age),
      ...codes('redFlags', a.redFlags),
      ...codes('locations', a.locations),
      ...details,
      ...codes('duration', [a.duration]),
      ...int('painAverage', a.painAverage),
      ...int('painWorst', a.painWorst),
      ...int('interference', a.interference),
      {
        linkId: 'treatments',
        item: current.treatmentKinds.flatMap((kind) =>
          codes(`treatments.${kind}`, [a.treatments[kind]]),
        ),
      },
      ...priorProcedures,
      ...(v2 ? codes('imaging', [v2.answers.imaging]) : []),
      ...int('steroidInjectionsPast12Months', a.steroidInjectionsPast12Months),
      ...(v2 ? int('steroidCoursesPast12Months', v2.answers.steroidCoursesPast12Months) : []),
      ...codes('history', a.history),
      ...codes('bloodThinnerKinds', v2?.answers.bloodThinnerKinds ?? []),
      ...codes('allergies', a.allergies),
      ...(v2
        ? [
            {
              linkId: 'mood',
              item: [
                ...int('mood.phq2.0', v2.answers.mood.phq2[0]),
                ...int('mood.phq2.1', v2.answers.mood.phq2[1]),
                ...int('mood.gad2.0', v2.answers.mood.gad2[0]),
                ...int('mood.gad2.1', v2.answers.mood.gad2[1]),
                ...bool('mood.selfHarmThoughts', v2.answers.mood.selfHarmThoughts),
              ],
            },
          ]
        : []),
      ...codes('goals', a.goals),
      {
        linkId: 'assessment',
        item: [
          {
            linkId: 'assessment.rulesetVersion',
            answer: [{ valueString: assessment.rulesetVersion }],
          },
          ...answer('assessment.verdict', [coding('assessment.verdict', assessment.verdict)]),
          ...codes('assessment.verdictBecause', v2?.assessment.verdictBecause ?? []),
          ...answer(
            'assessment.procedures',
            assessment.procedures.map((p) =>
              coding('assessment.procedures', p.id, `${p.id} (${p.fit} fit)`),
            ),
          ),
          ...answer(
            'assessment.cautions',
            assessment.cautions.map((c) =>
              coding('assessment.cautions', c.id, `${c.id} (${c.severity})`),
            ),
          ),
          ...answer(
            'assessment.expectations',
            assessment.expectations.map((e) => coding('assessment.expectations', e.id)),
          ),
          ...(v2
            ? [
                {
                  linkId: 'assessment.moodScreen',
                  item: [
                    ...int('assessment.moodScreen.phq2', v2.assessment.moodScreen.phq2),
                    ...int('assessment.moodScreen.gad2', v2.assessment.moodScreen.gad2),
                    ...bool('assessment.moodScreen.positive', v2.assessment.moodScreen.positive),
                    ...bool(
                      'assessment.moodScreen.selfHarmThoughts',
                      v2.assessment.moodScreen.selfHarmThoughts,
                    ),
                  ],
                },
              ]
            : []),
        ],
      },
    ],
  };
}

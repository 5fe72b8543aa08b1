import type { Contact } from '../api/contract';
import {
  allergyKinds,
  backDiagnoses,
  backLegPain,
  backWorseWith,
  cautionIds,
  durations,
  expectationIds,
  goalKinds,
  headacheTypes,
  historyItems,
  kneeDiagnoses,
  kneeReplacement,
  locations,
  neckArmPain,
  neckDiagnoses,
  neckWorseWith,
  nerveCauses,
  procedureIds,
  redFlags,
  rulesetVersion,
  treatmentKinds,
  treatmentOutcomes,
  verdicts,
  type Answers,
  type Assessment,
} from '../rules';

// FHIR R4: the questionnaire as a Questionnaire resource whose linkIds are CLINICAL.md's answer
// fields (nested ones dotted: back.legPain, treatments.opioids), and each intake as a
// QuestionnaireResponse with the patient contained and the server's assessment as read-only items.

export const questionnaireId = 'ipm-candidacy';
const system = (field: string) => `urn:ipm-candidacy:${field}`;

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
const integer = (linkId: string, text: string): Item => ({
  linkId,
  text,
  type: 'integer',
  required: true,
});
const boolean = (linkId: string, text: string): Item => ({
  linkId,
  text,
  type: 'boolean',
  required: true,
});
const group = (linkId: string, text: string, item: Item[], required = false): Item => ({
  linkId,
  text,
  type: 'group',
  required,
  item,
});

export function questionnaire(baseUrl: string) {
  return {
    resourceType: 'Questionnaire',
    id: questionnaireId,
    url: `${baseUrl}/api/fhir/Questionnaire/${questionnaireId}`,
    version: rulesetVersion,
    name: 'IpmCandidacy',
    title: 'Interventional pain medicine candidacy self-assessment',
    status: 'active',
    subjectType: ['Patient'],
    item: [
      integer('age', 'Age in years'),
      choice('redFlags', 'Warning signs present now', redFlags, true, false),
      choice('locations', 'Where the pain is', locations, true),
      group('back', 'Lower back', [
        choice('back.legPain', 'Pain into the leg', backLegPain),
        choice('back.worseWith', 'Worse with', backWorseWith, true, false),
        choice('back.diagnoses', 'Diagnoses', backDiagnoses, true, false),
        boolean('back.priorSurgery', 'Spine surgery in this area, pain persists'),
      ]),
      group('neck', 'Neck', [
        choice('neck.armPain', 'Pain into the arm', neckArmPain),
        choice('neck.worseWith', 'Worse with', neckWorseWith, true, false),
        choice('neck.diagnoses', 'Diagnoses', neckDiagnoses, true, false),
        boolean('neck.priorSurgery', 'Neck surgery, pain persists'),
      ]),
      group('knee', 'Knee', [
        choice('knee.diagnoses', 'Diagnoses', kneeDiagnoses, true, false),
        choice('knee.replacement', 'Knee replacement', kneeReplacement),
      ]),
      group('head', 'Headaches', [
        choice('head.types', 'Headache types', headacheTypes, true),
        integer('head.daysPerMonth', 'Headache days a month'),
      ]),
      group('nerve', 'Nerve pain', [choice('nerve.cause', 'Cause', nerveCauses)]),
      choice('duration', 'How long the main pain has lasted', durations),
      integer('painAverage', 'Average pain, past week (0-10)'),
      integer('painWorst', 'Worst pain, past week (0-10)'),
      integer('interference', 'Interference with daily activities, past week (0-10)'),
      group(
        'treatments',
        'Treatments tried and their outcome',
        treatmentKinds.map((kind) => choice(`treatments.${kind}`, kind, treatmentOutcomes)),
        true,
      ),
      integer('steroidInjectionsPast12Months', 'Steroid injections in the past 12 months'),
      choice('history', 'Medical history', historyItems, true, false),
      choice('allergies', 'Allergies', allergyKinds, true, false),
      choice('goals', 'Goals', goalKinds, true),
      group('assessment', 'Assessment computed by the server (read-only)', [
        {
          linkId: 'assessment.rulesetVersion',
          text: 'Ruleset version',
          type: 'string',
          readOnly: true,
        },
        { ...choice('assessment.verdict', 'Verdict', verdicts, false, false), readOnly: true },
        {
          ...choice(
            'assessment.procedures',
            'Matched procedures (strong or possible fit)',
            procedureIds,
            true,
            false,
          ),
          readOnly: true,
        },
        { ...choice('assessment.cautions', 'Cautions', cautionIds, true, false), readOnly: true },
        {
          ...choice('assessment.expectations', 'Expectations', expectationIds, true, false),
          readOnly: true,
        },
      ]),
    ],
  };
}

const coding = (linkId: string, code: string, display?: string) => ({
  valueCoding: { system: system(linkId), code, ...(display !== undefined && { display }) },
});

export interface FhirIntake {
  id: string;
  reference: string;
  createdAt: string;
  answers: Answers;
  contact: Contact;
  assessment: Assessment;
}

export function questionnaireResponse(intake: FhirIntake, baseUrl: string) {
  const a = intake.answers;
  const answer = (linkId: string, values: Record<string, unknown>[]) =>
    values.length > 0 ? [{ linkId, answer: values }] : [];
  const codes = (linkId: string, list: readonly string[]) =>
    answer(
      linkId,
      list.map((code) => coding(linkId, code)),
    );
  const int = (linkId: string, value: number) => answer(linkId, [{ valueInteger: value }]);

  const details: Record<string, unknown>[] = [];
  if (a.back) {
    details.push({
      linkId: 'back',
      item: [
        ...codes('back.legPain', [a.back.legPain]),
        ...codes('back.worseWith', a.back.worseWith),
        ...codes('back.diagnoses', a.back.diagnoses),
        ...answer('back.priorSurgery', [{ valueBoolean: a.back.priorSurgery }]),
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
        ...answer('neck.priorSurgery', [{ valueBoolean: a.neck.priorSurgery }]),
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

  const { contact, assessment } = intake;
  return {
    resourceType: 'QuestionnaireResponse',
    id: intake.id,
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
    questionnaire: `${baseUrl}/api/fhir/Questionnaire/${questionnaireId}|${rulesetVersion}`,
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
        item: treatmentKinds.flatMap((kind) => codes(`treatments.${kind}`, [a.treatments[kind]])),
      },
      ...int('steroidInjectionsPast12Months', a.steroidInjectionsPast12Months),
      ...codes('history', a.history),
      ...codes('allergies', a.allergies),
      ...codes('goals', a.goals),
      {
        linkId: 'assessment',
        item: [
          {
            linkId: 'assessment.rulesetVersion',
            answer: [{ valueString: assessment.rulesetVersion }],
          },
          ...answer('assessment.verdict', [coding('assessment.verdict', assessment.verdict)]),
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
        ],
      },
    ],
  };
}

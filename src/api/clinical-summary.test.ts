import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, rulesetVersion, type Answers } from '../rules';
import { answersArbitrary } from '../rules/arbitraries.testing';
import { answersWith } from '../rules/examples.testing';
import fixtures from '../rules/v1/fixtures.json';
import { clinicalAnswer, clinicalSummary, summaryText } from './clinical-summary';
import type { IntakeRecord } from './contract';

const record = (answers: Answers): IntakeRecord => ({
  rulesetVersion,
  answers,
  assessment: assess(answers),
});

/** A code of the contract (camelCase, or a path) showing through where words belong. */
const codeLike = /\b[a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+\.[a-z]+[A-Z]?\w*\b|\b\w+:\w+[A-Z]\w*\b/;

const radicular = answersWith((a) => {
  a.age = 58;
  a.back = {
    legPain: 'belowKnee',
    worseWith: [],
    diagnoses: ['discHerniation'],
    priorSurgery: false,
  };
  a.painAverage = 7;
  a.painWorst = 9;
  a.interference = 8;
  a.history = ['bloodThinners', 'diabetes'];
  a.bloodThinnerKinds = ['doac', 'aspirin'];
  a.treatments.injections = 'temporaryRelief';
  a.priorProcedures = [{ kind: 'epidural', relief: '50to79', lasted: 'daysToWeeks' }];
  a.imaging = 'mriOrCtWithin2Years';
  a.steroidInjectionsPast12Months = 2;
  a.steroidCoursesPast12Months = 1;
  a.allergies = ['contrastDye'];
});

describe('the clinician summary', () => {
  it('puts the case in one line: age, pattern with its spread, duration, pain, interference', () => {
    expect(clinicalSummary(record(radicular)).line).toBe(
      '58 y · low back, leg pain below the knee · 6–12 months · pain 7/10 average, 9/10 worst · interference 8/10',
    );
  });

  it('says why each procedure fits in clinical words, and each caution by drug class', () => {
    const summary = clinicalSummary(record(radicular));
    const esi = summary.procedures.find((p) => p.id === 'epiduralSteroidInjection');
    expect(esi).toMatchObject({ name: 'Epidural steroid injection', fit: 'good fit' });
    expect(esi?.why).toContain('low back, leg pain below the knee (radicular)');
    const thinners = summary.cautions.find((c) => c.id === 'bloodThinners');
    expect(thinners?.text).toContain('DOAC (apixaban, rivaroxaban, dabigatran, edoxaban)');
    expect(thinners?.text).not.toMatch(/you take/i);
    const rows = Object.fromEntries(summary.background.map((row) => [row.label, row.value]));
    expect(rows).toMatchObject({
      'Earlier procedures': 'Epidural steroid injection: 50–79% relief, lasting days to weeks',
      Imaging: 'MRI or CT within 2 years',
      Steroids: '2 steroid injections and 1 oral steroid course in 12 months',
      Allergies: 'iodinated contrast',
      'Relevant history': 'diabetes',
      'Reported diagnoses': 'lumbar disc herniation',
    });
    expect(rows['Blood thinners']).toMatch(/^DOAC .*, aspirin$/);
    expect(rows['Treatments tried']).toBe(
      'OTC analgesics: no relief; physical therapy: no relief; injections: temporary relief',
    );
  });

  it('answers "by which pathway": what an earlier procedure did, the block target, what comes first', () => {
    const repeat = answersWith((a) => {
      a.back = { legPain: 'belowKnee', worseWith: [], diagnoses: [], priorSurgery: false };
      a.treatments.injections = 'noRelief';
      a.priorProcedures = [{ kind: 'epidural', relief: 'none', lasted: 'underOneDay' }];
    });
    const esi = clinicalSummary(record(repeat)).procedures.find(
      (p) => p.id === 'epiduralSteroidInjection',
    );
    expect(esi?.fit).toBe('possible fit');
    expect(esi?.why).toContain(
      'earlier epidural steroid injection did not help (no relief, lasting under a day)',
    );
    const knee = answersWith((a) => {
      a.locations = ['knee'];
      delete a.back;
      a.knee = { diagnoses: ['osteoarthritis'], replacement: 'none' };
    });
    const summary = clinicalSummary(record(knee));
    expect(summary.procedures.find((p) => p.id === 'nerveBlock')?.why[0]).toBe(
      'target: genicular nerves (knee)',
    );
    expect(summary.procedures.find((p) => p.id === 'radiofrequencyAblation')?.why).toContain(
      'no positive diagnostic block yet: 1–2 test blocks first',
    );
  });

  it('names what to review first, and says when the outreach call is recorded', () => {
    const pregnant = answersWith((a) => {
      a.back = { legPain: 'belowKnee', worseWith: [], diagnoses: [], priorSurgery: false };
      a.history = ['pregnant'];
    });
    expect(clinicalSummary(record(pregnant)).because).toContain(
      'pregnant or possibly pregnant to review first',
    );
    const selfHarm = record(
      answersWith((a) => (a.mood = { phq2: [0, 0], gad2: [0, 0], selfHarmThoughts: true })),
    );
    const recorded = clinicalSummary(selfHarm, { outreachRecorded: true });
    expect(summaryText(recorded)[0]).toBe(
      'Thoughts of self-harm in the past 2 weeks: the outreach call is recorded in the notes.',
    );
    expect(recorded.cautions.find((c) => c.id === 'selfHarmSupport')?.text).toContain(
      'outreach call recorded',
    );
  });

  it('says "none" for warning signs when there are none, and names each with its level', () => {
    expect(summaryText(clinicalSummary(record(answersWith())))).toContain('Warning signs: none');
    const flagged = clinicalSummary(
      record(answersWith((a) => (a.redFlags = ['nightPain', 'cancerHistory']))),
    );
    expect(flagged.warningSigns).toEqual([
      { level: 'urgent', text: 'history of cancer, pain of recent onset' },
      { level: 'urgent', text: 'constant non-mechanical night pain (past 6 weeks)' },
    ]);
  });

  it('asks for a same-day call on a self-harm "yes", first, whatever the verdict', () => {
    const answers = answersWith((a) => {
      a.mood = { phq2: [2, 2], gad2: [1, 0], selfHarmThoughts: true };
      a.treatments.physicalTherapy = 'notTried';
      a.treatments.otcMedication = 'notTried';
    });
    const summary = clinicalSummary(record(answers));
    expect(summary.verdict).toBe('Conservative care first');
    expect(summary.sameDayCall).toBe(true);
    expect(summary.mood).toBe(
      'PHQ-2 4/6, GAD-2 1/6: positive (3 or more); thoughts of self-harm in the past 2 weeks: YES',
    );
    expect(summaryText(summary)[0]).toMatch(/^SAME-DAY CALL/);
    expect(clinicalSummary(record(answersWith())).sameDayCall).toBe(false);
  });

  it('words every reason of thousands of assessments, and leaves no code in the text', () => {
    fc.assert(
      fc.property(answersArbitrary(), (answers) => {
        const rec = record(answers);
        for (const item of [...rec.assessment.procedures, ...rec.assessment.cautions])
          for (const reason of item.reasons) {
            const phrase = clinicalAnswer(answers, reason.answer);
            expect(phrase).not.toBe(reason.answer);
            expect(phrase).not.toContain('?');
          }
        const text = summaryText(clinicalSummary(rec)).join('\n');
        expect(text).not.toMatch(codeLike);
        expect(text).not.toContain('undefined');
      }),
      { numRuns: 2000 },
    );
  });

  it('shows a version-1 intake with what it has, never inventing what was not asked', () => {
    for (const fixture of fixtures) {
      const summary = clinicalSummary({
        rulesetVersion: '2026.1',
        ...(fixture as unknown as Omit<
          Extract<IntakeRecord, { rulesetVersion: '2026.1' }>,
          'rulesetVersion'
        >),
      });
      expect(summary.mood).toBe('not asked (ruleset 2026.1)');
      expect(summary.sameDayCall).toBe(false);
      expect(summary.because).toEqual([]);
      const labels = summary.background.map((row) => row.label);
      expect(labels).not.toContain('Imaging');
      expect(labels).not.toContain('Earlier procedures');
      const text = summaryText(summary).join('\n');
      expect(text).not.toMatch(codeLike);
      expect(text).not.toContain('undefined');
      expect(text).toMatch(/Steroids: \d+ steroid injections? in 12 months/);
    }
  });
});

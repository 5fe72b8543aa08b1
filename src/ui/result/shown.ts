import { cautionQuotes, type Assessment, type CautionId, type SourceId } from '../../rules';

// What the patient sees of an assessment (CLINICAL section 5): an urgent result presents no
// procedure, nor the cautions and expectations that speak of one. The screen and the browser
// tests both read this.

/** Cautions that speak of a procedure by name: not shown when no procedure is presented. */
const aboutProcedures: readonly CautionId[] = [
  'implantedDevice',
  'esiRareSeriousRisks',
  'mriAfterStimulator',
  'generalRisks',
];

/** What the patient sees of the assessment. */
export function shownParts(assessment: Assessment) {
  const urgent = assessment.verdict === 'urgent';
  const cautions = urgent
    ? assessment.cautions.filter((c) => !aboutProcedures.includes(c.id))
    : assessment.cautions;
  const procedures = urgent ? [] : assessment.procedures;
  const expectations =
    procedures.length === 0 ? [] : assessment.expectations.filter((e) => e.id !== 'whenToSeekCare');
  const seekCare = assessment.expectations.find((e) => e.id === 'whenToSeekCare');
  const cited = new Set<SourceId>();
  for (const item of [...procedures, ...cautions, ...expectations, ...(seekCare ? [seekCare] : [])])
    for (const reason of item.reasons) cited.add(reason.source);
  // The clinic's article is quoted beside procedures and expectations, and beside some cautions.
  if (procedures.length > 0 || cautions.some((c) => c.id in cautionQuotes)) cited.add('S0');
  return {
    procedures,
    important: cautions.filter((c) => c.severity === 'important'),
    others: cautions.filter((c) => c.severity !== 'important' && c.id !== 'generalRisks'),
    // The risks of procedures, only where a procedure is presented.
    generalRisks: procedures.length > 0 ? cautions.find((c) => c.id === 'generalRisks') : undefined,
    expectations,
    cited,
  };
}

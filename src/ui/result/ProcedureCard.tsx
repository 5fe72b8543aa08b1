import { procedureQuotes, type Answers, type Assessment } from '../../rules';
import type { FullCatalogue } from '../i18n/catalogue';
import { useResultLocale as useLocale } from './locale';
import { reasonsInWords, sourcesOf } from './answers-in-words';
import { ClinicQuote } from './ClinicQuote';
import { BasedOn, ReasonList } from './ReasonList';

type Procedure = Assessment['procedures'][number];
type PathwayNote = keyof FullCatalogue['result']['pathway'];

/** By which pathway: the step still to come for a possible fit, or the measured block met. */
export function pathwayNote(procedure: Procedure): PathwayNote | undefined {
  const cites = (answer: string) => procedure.reasons.some((r) => r.answer === answer);
  const block = procedure.reasons.some((r) => r.answer.startsWith('priorProcedures:'));
  switch (procedure.id) {
    case 'epiduralSteroidInjection':
      return cites('priorProcedures:epidural') ? 'repeatEpidural' : undefined;
    case 'spinalCordStimulation':
      return procedure.fit === 'possible' ? 'stimulationFirst' : undefined;
    case 'radiofrequencyAblation':
      return procedure.fit === 'strong' && block ? 'blockHelped' : 'testBlocksFirst';
    case 'facetJointInjection':
    case 'nerveBlock':
      return undefined;
  }
}

/** One procedure: what it is in plain words, the clinic's words, and which answers brought it up. */
export function ProcedureCard({
  answers,
  procedure,
  showFit,
}: {
  answers: Answers;
  procedure: Procedure;
  /** Off when the verdict is "other care first": the procedures are for later, not ranked now. */
  showFit: boolean;
}) {
  const { t } = useLocale();
  const r = t.result;
  const text = r.procedures[procedure.id];
  const lines = reasonsInWords(t, answers, procedure.reasons);
  const note = pathwayNote(procedure);
  return (
    <section
      className="card procedure"
      id={`about-${procedure.id}`}
      aria-labelledby={`procedure-${procedure.id}`}
    >
      <h3 id={`procedure-${procedure.id}`}>
        {text.name}
        {showFit && (
          <>
            {' '}
            <span className={`fit fit-${procedure.fit}`}>{r.fit[procedure.fit]}</span>
          </>
        )}
      </h3>
      <p>{text.what}</p>
      {note !== undefined && <p className="pathway-note">{r.pathway[note]}</p>}
      <ClinicQuote passage={procedureQuotes[procedure.id]} />
      {lines.length > 0 && (
        <>
          <h4>{r.why}</h4>
          <ReasonList lines={lines} />
        </>
      )}
      <BasedOn sources={sourcesOf(procedure.reasons)} />
    </section>
  );
}

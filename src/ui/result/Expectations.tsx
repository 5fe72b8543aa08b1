import {
  expectationQuotes,
  type Answers,
  type ClinicPassage,
  type ExpectationId,
} from '../../rules';
import { useResultLocale as useLocale } from './locale';
import { ClinicQuote } from './ClinicQuote';

const quoteOf = (id: ExpectationId): ClinicPassage | undefined =>
  (expectationQuotes as Partial<Record<ExpectationId, ClinicPassage>>)[id];

/** One "what to expect" card; spinal cord stimulation lists its steps. */
export function ExpectationCard({ answers, id }: { answers: Answers; id: ExpectationId }) {
  const { t } = useLocale();
  const r = t.result;
  const text = r.expectations[id];
  const quote = quoteOf(id);
  // A hope to be free of pain is answered honestly, not with the general sentence.
  const body =
    id === 'notACure' && answers.goals.includes('painFree') ? r.notACurePainFree : text.body;
  return (
    <div className={`card expectation expectation-${id}`}>
      <h3>{text.title}</h3>
      <p>{body}</p>
      {id === 'stimulationPathway' && (
        <ol className="pathway">
          {r.stimulationSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      )}
      {quote !== undefined && <ClinicQuote passage={quote} />}
    </div>
  );
}

/** When to go to an emergency room: its own box, on every result the patient reads. */
export function SeekCareBox({ headaches }: { headaches: boolean }) {
  const { t } = useLocale();
  const r = t.result;
  const signs = headaches ? [...r.seekCareSigns, ...r.seekCareHeadacheSigns] : r.seekCareSigns;
  return (
    <section className="seek-care" aria-labelledby="seek-care-heading">
      <h2 id="seek-care-heading">{r.expectations.whenToSeekCare.title}</h2>
      <p>{r.expectations.whenToSeekCare.body}</p>
      <ul>
        {signs.map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
    </section>
  );
}

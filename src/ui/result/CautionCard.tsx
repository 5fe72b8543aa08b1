import {
  cautionQuotes,
  generalRiskQuotes,
  type Answers,
  type Assessment,
  type ClinicPassage,
} from '../../rules';
import { useResultLocale as useLocale } from './locale';
import { ClinicQuote, ClinicQuoteList } from './ClinicQuote';

type Caution = Assessment['cautions'][number];

const quoteOf = (id: Caution['id']): ClinicPassage | undefined =>
  (cautionQuotes as Partial<Record<Caution['id'], ClinicPassage>>)[id];

/** One caution, with the patient's own answers that raised it where they help (which medicines). */
export function CautionCard({ answers, caution }: { answers: Answers; caution: Caution }) {
  const { t } = useLocale();
  const r = t.result;
  const text = r.cautions[caution.id];
  const quote = quoteOf(caution.id);
  return (
    <div className={`card caution caution-${caution.severity}`}>
      {caution.severity !== 'important' && (
        <p className={`severity-tag severity-${caution.severity}`}>
          {r.severity[caution.severity]}
        </p>
      )}
      <h3 className="caution-title">{text.title}</h3>
      {caution.id === 'bloodThinners' && (
        <>
          <p>{r.bloodThinnersYouTake}</p>
          <ul>
            {(answers.bloodThinnerKinds ?? []).map((kind) => (
              <li key={kind}>{r.bloodThinnerKinds[kind]}</li>
            ))}
          </ul>
        </>
      )}
      <p>{text.body}</p>
      {caution.id === 'allergy' && (
        <>
          <p>{r.allergiesYouNamed}</p>
          <ul>
            {answers.allergies.map((allergy) => (
              <li key={allergy}>{r.allergies[allergy]}</li>
            ))}
          </ul>
        </>
      )}
      {caution.id === 'steroidLimit' && (
        <p>
          {r.steroidCounts(
            answers.steroidInjectionsPast12Months,
            answers.steroidCoursesPast12Months,
          )}
        </p>
      )}
      {caution.id === 'generalRisks' ? (
        <ClinicQuoteList heading={r.generalRisksHeading} passages={generalRiskQuotes} />
      ) : (
        quote !== undefined && <ClinicQuote passage={quote} />
      )}
    </div>
  );
}

import { verdictQuotes } from '../../rules';
import { useResultLocale as useLocale } from './locale';
import { ClinicQuote } from './ClinicQuote';

const care = ['activity', 'heat', 'medicines', 'support'] as const;

/** "Other care first": what that care is, concretely, and when to come back. */
export function FirstLineCare({ mild }: { mild: boolean }) {
  const { t } = useLocale();
  const f = t.result.firstLine;
  return (
    <section aria-labelledby="first-line-heading" className="first-line">
      <h2 id="first-line-heading">{f.heading}</h2>
      <p>{f.intro}</p>
      <ul className="care-list">
        {care.map((id) => (
          <li key={id} className="card">
            <h3>{f.care[id].title}</h3>
            <p>{f.care[id].body}</p>
          </li>
        ))}
      </ul>
      {/* The article's passage on severity ends by steering severe pain toward procedures: it is
          quoted only where the pain is mild, which is what it says first. */}
      {mild && <ClinicQuote passage={verdictQuotes.conservativeFirst} />}
      <p className="come-back">
        <strong>{f.comeBack}</strong>
      </p>
    </section>
  );
}

import { Fragment } from 'react';
import type { SourceId } from '../../rules';
import { useResultLocale as useLocale } from './locale';
import type { AnswerInWords } from './answers-in-words';

/** "Name: value" per answer, with a plain explanation of any jargon in it. */
export function ReasonList({ lines }: { lines: readonly AnswerInWords[] }) {
  const { t } = useLocale();
  return (
    <ul className="reasons">
      {lines.map(({ answer, name, value, term }) => (
        <li key={answer}>
          {name}: <strong>{value}</strong>
          {term !== undefined && <span className="term"> ({t.result.terms[term]})</span>}
        </li>
      ))}
    </ul>
  );
}

/** The sources behind a card, in words, each linked to its entry in the list of sources. */
export function BasedOn({ sources }: { sources: readonly SourceId[] }) {
  const { t } = useLocale();
  if (sources.length === 0) return null;
  return (
    <p className="based-on">
      {t.result.basedOn}{' '}
      {sources.map((id, index) => (
        <Fragment key={id}>
          {index > 0 && '; '}
          <a href={`#source-${id}`}>{t.result.sources[id]}</a>
        </Fragment>
      ))}
    </p>
  );
}

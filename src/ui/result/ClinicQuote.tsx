import { clinicArticle, type ClinicPassage } from '../../rules';
import { useResultLocale as useLocale } from './locale';
import { clinicArticleEs } from './clinic-article-es';

// The clinic's own words (source S0). The article is in English: in Spanish the patient reads our
// rendering, and can open the English original, marked as English for screen readers (WCAG 3.1.2).

export function ClinicQuote({ passage }: { passage: ClinicPassage }) {
  const { locale, t } = useLocale();
  const r = t.result;
  if (locale === 'en') {
    return (
      <figure className="quote">
        <blockquote lang="en">{clinicArticle[passage]}</blockquote>
        <figcaption>{r.clinicSays}</figcaption>
      </figure>
    );
  }
  return (
    <figure className="quote">
      <blockquote>{clinicArticleEs[passage]}</blockquote>
      <figcaption>{r.clinicSaysTranslated}</figcaption>
      <details className="original">
        <summary>{r.originalEnglish}</summary>
        <blockquote lang="en">{clinicArticle[passage]}</blockquote>
      </details>
    </figure>
  );
}

/** Several passages as one list, under a heading (the article's named risks). */
export function ClinicQuoteList({
  heading,
  passages,
}: {
  heading: string;
  passages: readonly ClinicPassage[];
}) {
  const { locale, t } = useLocale();
  const r = t.result;
  const original = (
    <ul className="quotes" lang="en">
      {passages.map((passage) => (
        <li key={passage}>{clinicArticle[passage]}</li>
      ))}
    </ul>
  );
  return (
    <figure className="quote">
      <figcaption>{heading}</figcaption>
      {locale === 'en' ? (
        original
      ) : (
        <>
          <ul className="quotes">
            {passages.map((passage) => (
              <li key={passage}>{clinicArticleEs[passage]}</li>
            ))}
          </ul>
          <details className="original">
            <summary>{r.originalEnglish}</summary>
            {original}
          </details>
        </>
      )}
    </figure>
  );
}

import { sourceIds, sources, type SourceId } from '../../rules';
import { useResultLocale as useLocale } from './locale';

/** The sources behind what the page shows, named in words, linked where they are online. */
export function SourceList({ cited }: { cited: ReadonlySet<SourceId> }) {
  const { t } = useLocale();
  const r = t.result;
  return (
    <section aria-labelledby="sources-heading" className="sources">
      <h2 id="sources-heading">{r.sourcesHeading}</h2>
      <ul>
        {sourceIds
          .filter((id) => cited.has(id))
          .map((id) => {
            const url = sources[id].url;
            return (
              <li key={id} id={`source-${id}`}>
                {url === null || url === 'clinic article' ? (
                  r.sources[id]
                ) : (
                  <a href={url} rel="noreferrer" target="_blank">
                    {r.sources[id]}
                  </a>
                )}
              </li>
            );
          })}
      </ul>
    </section>
  );
}

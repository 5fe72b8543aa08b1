// The ways of writing a path that a router, a proxy or a browser might read as the same path:
// every staff route is tried under each of them, by app.inject() and over real HTTP.

/** Every way of writing `path` that a router, a proxy or a browser might read as the same path. */
export function oddSpellings(path: string): string[] {
  const segments = path.split('/').slice(1);
  const encodeFirstLetter = (segment: string) => {
    const at = segment.search(/[a-z]/i);
    if (at < 0) return segment;
    const hex = segment.charCodeAt(at).toString(16).toUpperCase();
    return `${segment.slice(0, at)}%${hex}${segment.slice(at + 1)}`;
  };
  const withSegment = (i: number, f: (s: string) => string) =>
    '/' + segments.map((s, j) => (j === i ? f(s) : s)).join('/');
  const spellings = new Set<string>();
  segments.forEach((_, i) => {
    spellings.add(withSegment(i, encodeFirstLetter));
    spellings.add(
      withSegment(i, (s) => s.replace(/[a-z]/gi, (c) => `%${c.charCodeAt(0).toString(16)}`)),
    );
    spellings.add(withSegment(i, (s) => s.toUpperCase()));
    spellings.add(withSegment(i, (s) => `${s};x`));
    spellings.add(withSegment(i, (s) => `./${s}`));
    spellings.add(withSegment(i, (s) => `x/../${s}`));
    spellings.add(withSegment(i, (s) => `%2e/${s}`));
    spellings.add(withSegment(i, (s) => `/${s}`));
    // Double encoding: %25 is "%".
    spellings.add(
      withSegment(i, (s) =>
        s.replace(
          /^([^a-z]*)([a-z])/i,
          (_m, pre: string, c: string) => `${pre}%25${c.charCodeAt(0).toString(16)}`,
        ),
      ),
    );
  });
  spellings.add(path.toUpperCase());
  spellings.add(`/${path}`);
  spellings.add(`${path}/`);
  spellings.add(`${path};x`);
  spellings.add(`${path}%00`);
  spellings.add(`${path}?x=1`);
  spellings.add(`${path}#x`);
  spellings.add(path.replaceAll('/', '%2F'));
  spellings.add(path.replace('/staff', '%2Fstaff'));
  spellings.add(path.replace('/staff', '%5Cstaff'));
  spellings.add(path.replace('/staff/', '/staff//'));
  spellings.add(path.replace('/api/', '/api/./'));
  spellings.add(path.replace('/api/', '/api/x/../'));
  spellings.add(path.replace('/api/', '/api/%2e%2e/api/'));
  spellings.delete(path);
  return [...spellings];
}

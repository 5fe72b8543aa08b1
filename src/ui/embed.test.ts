import { describe, expect, it, vi } from 'vitest';
import { hostMessage, postToHost, readEmbedContext } from './embed';

const parent = { postMessage: vi.fn() };
const frame = (url: string, ancestors?: string[]) => {
  const { pathname, search } = new URL(url);
  return {
    parent: parent as unknown as Window,
    location: {
      pathname,
      search,
      ...(ancestors && { ancestorOrigins: ancestors as unknown as DOMStringList }),
    } as Location,
  };
};

describe('embed mode', () => {
  it('is off on the standalone page', () => {
    expect(readEmbedContext(frame('https://app.example/?parent=https://a.example'))).toBe(
      undefined,
    );
  });

  it('talks to the exact parent origin named in the address', () => {
    const win = frame('https://app.example/embed?parent=https://www.clinic.example&modal=1', [
      'https://www.clinic.example',
    ]);
    const embed = readEmbedContext(win);
    expect(embed).toEqual({
      parentOrigin: 'https://www.clinic.example',
      modal: true,
      transparent: false,
    });
    postToHost(embed!, { source: 'ipm-widget', v: 1, type: 'ready' }, win);
    expect(parent.postMessage).toHaveBeenCalledWith(
      { source: 'ipm-widget', v: 1, type: 'ready' },
      'https://www.clinic.example',
    );
  });

  it.each([
    ['no parent', 'https://app.example/embed'],
    ['a path, not an origin', 'https://app.example/embed?parent=https://www.clinic.example/page'],
    ['another scheme', 'https://app.example/embed?parent=javascript:alert(1)'],
    ['a wildcard', 'https://app.example/embed?parent=*'],
  ])('sends nothing with %s', (_name, url) => {
    expect(readEmbedContext(frame(url))?.parentOrigin).toBe(undefined);
  });

  it('sends nothing when the real parent is another origin than the one named', () => {
    const win = frame('https://app.example/embed?parent=https://www.clinic.example', [
      'https://evil.example',
    ]);
    expect(readEmbedContext(win)?.parentOrigin).toBe(undefined);
  });

  it('sends nothing when not framed at all', () => {
    const win = frame('https://app.example/embed?parent=https://www.clinic.example');
    const alone = { ...win };
    alone.parent = alone as unknown as Window;
    expect(readEmbedContext(alone)?.parentOrigin).toBe(undefined);
  });

  it('obeys only the parent window at the parent origin', () => {
    const win = frame('https://app.example/embed?parent=https://www.clinic.example');
    const embed = readEmbedContext(win)!;
    const data = { source: 'ipm-widget', v: 1, type: 'focus', at: 'first' };
    const from = (origin: string, source: unknown) =>
      hostMessage(embed, { origin, source: source as MessageEventSource, data }, win);
    expect(from('https://www.clinic.example', parent)).toEqual(data);
    expect(from('https://evil.example', parent)).toBe(undefined);
    expect(from('https://www.clinic.example', {})).toBe(undefined);
    expect(
      hostMessage(
        embed,
        { origin: 'https://www.clinic.example', source: parent as never, data: { ...data, v: 2 } },
        win,
      ),
    ).toBe(undefined);
  });
});

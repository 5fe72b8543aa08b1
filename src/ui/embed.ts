import { useEffect, type RefObject } from 'react';
import {
  isHostMessage,
  SOURCE,
  VERSION,
  type FrameMessage,
  type HostMessage,
} from '../embed/protocol';

// The app's side of the widget: when served at /embed inside a clinic's page, it reports its height
// (so the host's iframe never scrolls), that a request was sent (and nothing else) and that the
// patient pressed Escape in the modal; it takes focus when the host asks. Messages go to the one
// parent origin named in the address, and only the parent at that origin is listened to.

export interface EmbedContext {
  /** The host page's origin, when the app is framed by it; no messages are sent without one. */
  parentOrigin: string | undefined;
  /** Inside the loader's modal dialog: Escape asks the host to close it. */
  modal: boolean;
  transparent: boolean;
}

type Frame = Pick<Window, 'parent' | 'location'>;

function exactOrigin(value: string | null): string | undefined {
  if (value === null) return undefined;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value
      ? value
      : undefined;
  } catch {
    return undefined;
  }
}

/** The embed mode of this page, or undefined on the standalone patient page. */
export function readEmbedContext(win: Frame = window): EmbedContext | undefined {
  const { pathname, search, ancestorOrigins } = win.location;
  if (pathname !== '/embed' && !pathname.startsWith('/embed/')) return undefined;
  const query = new URLSearchParams(search);
  const named = exactOrigin(query.get('parent'));
  // Where the browser names the real parent (Chromium, Safari), a host that claims another origin
  // gets no messages at all.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- Firefox has none
  const actual = ancestorOrigins?.length ? ancestorOrigins[0] : undefined;
  const framed = win.parent !== (win as unknown);
  return {
    parentOrigin: framed && named && (actual === undefined || actual === named) ? named : undefined,
    modal: query.get('modal') === '1',
    transparent: query.get('bg') === 'transparent',
  };
}

export function postToHost(embed: EmbedContext, message: FrameMessage, win: Frame = window) {
  if (embed.parentOrigin) win.parent.postMessage(message, embed.parentOrigin);
}

const message = <T extends FrameMessage['type']>(type: T) =>
  ({ source: SOURCE, v: VERSION, type }) as Extract<FrameMessage, { type: T }>;

/** The host's message, if it came from the parent window at the parent origin and is well formed. */
export function hostMessage(
  embed: EmbedContext,
  event: Pick<MessageEvent, 'origin' | 'source' | 'data'>,
  win: Frame = window,
): HostMessage | undefined {
  if (!embed.parentOrigin || event.origin !== embed.parentOrigin) return undefined;
  if (event.source !== win.parent) return undefined;
  return isHostMessage(event.data) ? event.data : undefined;
}

const focusable =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function moveFocus(at: HostMessage['at']) {
  if (at === 'first') {
    const heading = document.getElementById('screen-title');
    (heading ?? document.querySelector<HTMLElement>(focusable))?.focus();
  } else {
    const all = document.querySelectorAll<HTMLElement>(focusable);
    all[all.length - 1]?.focus();
  }
}

/** Runs the embed side of the protocol while the app is mounted at /embed. */
export function useEmbedBridge(
  embed: EmbedContext | undefined,
  app: RefObject<HTMLElement | null>,
  submitted: boolean,
) {
  useEffect(() => {
    if (!embed) return;
    const root = document.documentElement;
    root.classList.add('embed');
    if (embed.transparent) root.classList.add('transparent');

    let last = -1;
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(app.current?.getBoundingClientRect().height ?? 0);
      if (height === last) return;
      last = height;
      postToHost(embed, { ...message('resize'), height });
    });
    if (app.current) observer.observe(app.current);

    const onMessage = (event: MessageEvent) => {
      const received = hostMessage(embed, event);
      if (received) moveFocus(received.at);
    };
    const onKey = (event: KeyboardEvent) => {
      if (embed.modal && event.key === 'Escape' && !event.defaultPrevented)
        postToHost(embed, message('close'));
    };
    window.addEventListener('message', onMessage);
    window.addEventListener('keydown', onKey);
    postToHost(embed, message('ready'));
    return () => {
      observer.disconnect();
      window.removeEventListener('message', onMessage);
      window.removeEventListener('keydown', onKey);
    };
  }, [embed, app]);

  useEffect(() => {
    if (embed && submitted) postToHost(embed, message('completed'));
  }, [embed, submitted]);
}

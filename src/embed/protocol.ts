// The messages between the loader (/widget.js, on the clinic's page) and the embedded app (/embed).
// Namespaced and versioned; each side posts to one exact origin and checks origin, sender and shape
// on receipt. No message carries health data: not the answers, not even the verdict.

export const SOURCE = 'ipm-widget';
export const VERSION = 1;

/** From the embedded app to the loader. */
export type FrameMessage =
  | { source: typeof SOURCE; v: typeof VERSION; type: 'ready' }
  | { source: typeof SOURCE; v: typeof VERSION; type: 'resize'; height: number }
  | { source: typeof SOURCE; v: typeof VERSION; type: 'completed' }
  | { source: typeof SOURCE; v: typeof VERSION; type: 'close' };

/** From the loader to the embedded app: move focus to the first or the last control. */
export type HostMessage = {
  source: typeof SOURCE;
  v: typeof VERSION;
  type: 'focus';
  at: 'first' | 'last';
};

/** The largest height the loader accepts, so a broken frame cannot make the host page huge. */
export const MAX_HEIGHT = 20_000;

const envelope = (data: unknown): data is { source: string; v: number; type: unknown } =>
  typeof data === 'object' &&
  data !== null &&
  (data as { source?: unknown }).source === SOURCE &&
  (data as { v?: unknown }).v === VERSION;

export function isFrameMessage(data: unknown): data is FrameMessage {
  if (!envelope(data)) return false;
  switch (data.type) {
    case 'ready':
    case 'completed':
    case 'close':
      return true;
    case 'resize': {
      const { height } = data as { height?: unknown };
      return typeof height === 'number' && height >= 0 && height <= MAX_HEIGHT;
    }
    default:
      return false;
  }
}

export function isHostMessage(data: unknown): data is HostMessage {
  if (!envelope(data) || data.type !== 'focus') return false;
  const { at } = data as { at?: unknown };
  return at === 'first' || at === 'last';
}

/** The embed page's address for a host: the host's exact origin travels in the query. */
export function embedUrl(
  appOrigin: string,
  options: { parent: string; modal: boolean; lang?: string | undefined; transparent: boolean },
): string {
  const query = new URLSearchParams({ parent: options.parent });
  if (options.modal) query.set('modal', '1');
  if (options.transparent) query.set('bg', 'transparent');
  if (options.lang) query.set('lang', options.lang);
  return `${appOrigin}/embed?${query.toString()}`;
}

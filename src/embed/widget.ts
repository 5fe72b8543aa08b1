// /widget.js: the loader a clinic puts on its own page with one script tag.
//
//   <script src="https://clinic.example/widget.js" data-mode="inline|button" async></script>
//
// It mounts an iframe of /embed (inline where the script stands, or in a modal dialog behind a
// floating button), so no answer ever enters the host page's DOM. Everything it draws lives in a
// shadow root: the host's styles cannot break it and its styles cannot leak out. Plain TypeScript,
// no dependencies, at most 3 KB gzip (`npm run bench` measures it).

import { embedUrl, isFrameMessage, SOURCE, VERSION, type HostMessage } from './protocol';

// The server writes the clinic's brand colour and its text colour here when it serves the file.
const BRAND = '%%IPM_BRAND%%';
const BRAND_TEXT = '%%IPM_BRAND_TEXT%%';
const colour = (value: string, fallback: string) => (value[0] === '#' ? value : fallback);

const STYLE = `
:host{all:initial;display:block}
iframe{display:block;width:100%;height:30rem;border:0;background:transparent}
.open{position:fixed;right:1rem;z-index:2147483646;min-height:48px;padding:.75rem 1.25rem;border:0;border-radius:999px;
background:var(--b);color:var(--t);font:600 1rem/1.2 system-ui,sans-serif;box-shadow:0 2px 10px #0005;cursor:pointer;transition:opacity .2s}
.away:not(:focus){opacity:0;pointer-events:none}
.open:focus-visible,.close:focus-visible{outline:3px solid #1f4fd6;outline-offset:3px}
dialog{width:min(44rem,calc(100vw - 2rem));max-height:min(92vh,60rem);padding:0;border:0;border-radius:.75rem;
background:#fff;color:#1a1a1a;box-shadow:0 8px 40px #0006;flex-direction:column;overflow:hidden}
dialog[open]{display:flex}
dialog::backdrop{background:#000a}
.bar{display:flex;justify-content:space-between;align-items:center;gap:.5rem;padding:.25rem .25rem .25rem 1rem;border-bottom:1px solid #d9dde0;font:600 1rem/1.3 system-ui,sans-serif}
.close{min-width:48px;min-height:48px;border:0;border-radius:.5rem;background:none;color:#1a1a1a;font:1.75rem/1 system-ui,sans-serif;cursor:pointer}
.body{overflow:auto;overscroll-behavior:contain;flex:1}
@media (max-width:40rem){dialog{width:100vw;max-width:none;height:100dvh;max-height:none;margin:0;border-radius:0}}
`;

interface WidgetWindow {
  ipmWidgets?: number;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

function mount(script: HTMLScriptElement): void {
  if (script.dataset.ipmMounted) return;
  script.dataset.ipmMounted = '1';
  const data = script.dataset;
  const appOrigin = new URL(script.src, location.href).origin;
  const modal = data.mode === 'button';
  const title = data.title ?? 'Pain procedure self-check';

  const host = element('div');
  host.className = 'ipm-widget';
  if (!modal) host.dataset.ipmInline = '';
  const root = host.attachShadow({ mode: 'open' });
  // A constructed sheet is not inline style, so host pages with a strict CSP keep working; older
  // browsers without one get a <style> element.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.append(element('style', { textContent: STYLE }));
  }
  host.style.setProperty('--b', colour(BRAND, '#0b5c6b'));
  host.style.setProperty('--t', colour(BRAND_TEXT, '#ffffff'));
  script.after(host);

  let frame: HTMLIFrameElement | undefined;
  const send = (message: HostMessage) => frame?.contentWindow?.postMessage(message, appOrigin);
  const focusFrame = (at: HostMessage['at']) => {
    frame?.focus();
    send({ source: SOURCE, v: VERSION, type: 'focus', at });
  };
  const makeFrame = () =>
    element('iframe', {
      title,
      src: embedUrl(appOrigin, {
        parent: location.origin,
        modal,
        lang: data.lang,
        transparent: data.transparent !== undefined,
      }),
    });

  const dialog = modal ? element('dialog') : undefined;
  let overflow = '';

  addEventListener('message', (event) => {
    if (!frame || event.source !== frame.contentWindow || event.origin !== appOrigin) return;
    const message: unknown = event.data;
    if (!isFrameMessage(message)) return;
    switch (message.type) {
      case 'ready':
        if (dialog?.open) focusFrame('first');
        break;
      case 'resize':
        frame.style.height = `${Math.ceil(message.height)}px`;
        break;
      case 'completed':
        // The host learns that a request was sent, and nothing else: no answer, no verdict.
        script.dispatchEvent(new CustomEvent('ipm-widget:completed', { bubbles: true }));
        break;
      case 'close':
        dialog?.close();
        break;
    }
  });

  if (!dialog) {
    frame = makeFrame();
    root.append(frame);
    return;
  }

  const win = window as WidgetWindow;
  const index = (win.ipmWidgets = (win.ipmWidgets ?? 0) + 1) - 1;
  const opener = element('button', {
    type: 'button',
    className: 'open',
    textContent: data.label ?? 'Am I a candidate?',
  });
  opener.setAttribute('aria-haspopup', 'dialog');
  // data-offset lifts the button clear of the host's own bottom bar or chat bubble: a whole number
  // of CSS pixels from 0 to 400 ("80" or "80px"). Anything else is ignored, with a warning.
  const offset = data.offset ?? '0';
  let lift = /^\d+(px)?$/.test(offset) ? parseInt(offset, 10) : NaN;
  if (!(lift <= 400)) {
    console.warn(`ipm-widget: data-offset="${offset}" is not 0 to 400 pixels; using 0`);
    lift = 0;
  }
  const bottom = `${1 + index * 4}rem + ${lift}px`;
  opener.style.bottom = `calc(${bottom})`;
  // Never above the top of a short window (a phone on its side). Browsers without min() keep the
  // line above.
  opener.style.bottom = `min(${bottom}, 100% - 4rem)`;

  dialog.setAttribute('aria-label', title);
  const close = element('button', { type: 'button', className: 'close', textContent: '×' });
  close.setAttribute('aria-label', data.closeLabel ?? 'Close');
  const body = element('div', { className: 'body' });
  // Focus stays in the dialog: leaving either end wraps round to the other.
  const before = element('span', { tabIndex: 0 });
  const after = element('span', { tabIndex: 0 });
  before.addEventListener('focus', () => focusFrame('last'));
  after.addEventListener('focus', () => close.focus());
  const bar = element('div', { className: 'bar' });
  bar.append(element('span', { textContent: title }), close);
  dialog.append(before, bar, body, after);
  root.append(opener, dialog);

  // The button never covers an inline widget's form: while one lies under it, it fades out and
  // lets taps through (it shows again when focused, so keyboard users still see where they are).
  let queued = 0;
  const place = () => {
    queued ||= requestAnimationFrame(() => {
      queued = 0;
      // Behind the open dialog it stays as it was; closing the dialog places it again.
      if (dialog.open) return;
      const b = opener.getBoundingClientRect();
      opener.classList.toggle(
        'away',
        Array.from(document.querySelectorAll('.ipm-widget[data-ipm-inline]')).some((inline) => {
          const r = inline.getBoundingClientRect();
          return r.top < b.bottom && r.bottom > b.top && r.left < b.right && r.right > b.left;
        }),
      );
    });
  };
  document.addEventListener('scroll', place, { capture: true, passive: true });
  addEventListener('resize', place);
  // The page's layout changes too (an inline frame growing to its next step, images loading).
  new ResizeObserver(place).observe(document.documentElement);

  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    document.documentElement.style.overflow = overflow;
    opener.focus();
    place();
  });
  opener.addEventListener('click', () => {
    overflow = document.documentElement.style.overflow;
    document.documentElement.style.overflow = 'hidden';
    dialog.showModal();
    close.focus();
    if (frame) focusFrame('first');
    else {
      // The app loads on first open only: a page with the button pays nothing until it is used.
      frame = makeFrame();
      body.append(frame);
    }
  });
}

const current = document.currentScript;
const scripts =
  current instanceof HTMLScriptElement
    ? [current]
    : Array.from(document.querySelectorAll<HTMLScriptElement>('script[src*="widget.js"]'));
scripts.forEach(mount);

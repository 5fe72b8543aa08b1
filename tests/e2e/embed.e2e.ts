import type { Server } from 'node:http';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveHostPage } from '../../examples/embed/host-server';
import { enFull as en } from '../../src/ui/i18n/full';
import { launchBrowser, screenshot, viewports } from './browser';
import {
  axeViolations,
  checkScreen,
  expectResultOf,
  fillContact,
  keyboardJourney,
  titleOf,
} from './patient';

// The widget as a clinic's page uses it: the example host page on another origin (127.0.0.1, where
// the app is localhost: another site altogether), one inline widget and one behind the button.

let browser: Browser;
let context: BrowserContext | undefined;
let allowed: { server: Server; origin: string };
let refused: { server: Server; origin: string };
const appOrigin = () => new URL(inject('baseUrl')).origin;

beforeAll(async () => {
  browser = await launchBrowser();
  allowed = await serveHostPage({ appOrigin: appOrigin(), port: inject('hostPort') });
  // Not in the clinic's embedOrigins.
  refused = await serveHostPage({ appOrigin: appOrigin(), port: 0 });
});
afterAll(async () => {
  await browser.close();
  allowed.server.close();
  refused.server.close();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** The host page; real CSP everywhere unless axe must be injected (axe never runs on the frame's CSP). */
async function openHost(
  options: { viewport?: keyof typeof viewports; origin?: string; bypassCSP?: boolean } = {},
): Promise<Page> {
  context = await browser.newContext({
    viewport: viewports[options.viewport ?? 'phone'],
    locale: 'en-US',
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = await context.newPage();
  await page.goto(`${options.origin ?? allowed.origin}/`);
  return page;
}

const inlineFrame = (page: Page) => page.locator('.ipm-widget iframe').first();

async function contentFrame(page: Page, index = 0): Promise<Frame> {
  const handle = await page.locator('.ipm-widget iframe').nth(index).elementHandle();
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no widget frame');
  return frame;
}

/** The frame's height on the host page, and the height of the app inside it. */
async function heights(page: Page) {
  const frame = await contentFrame(page);
  const outer = (await inlineFrame(page).boundingBox())?.height ?? 0;
  const inner = await frame.evaluate(() => ({
    app: Math.ceil(document.querySelector('.app')?.getBoundingClientRect().height ?? 0),
    scrolls: document.documentElement.scrollHeight > window.innerHeight,
    overflow: getComputedStyle(document.documentElement).overflowY,
  }));
  return { outer: Math.round(outer), ...inner };
}

/** Waits until the frame is exactly as tall as its content, with nothing to scroll inside. */
async function expectFitted(page: Page): Promise<number> {
  await expect
    .poll(async () => {
      const h = await heights(page);
      return h.app > 0 && Math.abs(h.outer - h.app) <= 1 && !h.scrolls;
    })
    .toBe(true);
  return (await heights(page)).outer;
}

/** What the button widget's shadow root has focused: the opener, close, the frame, or other. */
const modalFocus = (page: Page) =>
  page.evaluate(() => {
    const hosts = document.querySelectorAll('.ipm-widget');
    const root = hosts[hosts.length - 1]?.shadowRoot;
    const el = root?.activeElement;
    if (!el || document.activeElement !== hosts[hosts.length - 1]) return 'outside';
    if (el.classList.contains('open')) return 'opener';
    if (el.classList.contains('close')) return 'close';
    if (el.tagName === 'IFRAME') return 'frame';
    return 'other';
  });

describe('the embeddable widget', () => {
  it('mounts inline where the script stands and sizes the frame to its content as steps change', async () => {
    const page = await openHost();
    const frameElement = inlineFrame(page);
    expect(await frameElement.getAttribute('title')).toBeTruthy();
    // Inside the section that holds the script tag.
    expect(await page.locator('#check .ipm-widget').count()).toBe(1);
    const frame = await contentFrame(page);
    await expect.poll(() => titleOf(frame)).toBe(en.steps.age.title);
    const h = await heights(page);
    expect(h.overflow).toBe('hidden');
    const age = await expectFitted(page);
    await screenshot(page, 'embed-inline-phone');

    // An error message makes the step taller, and the frame follows.
    await frame.getByRole('button', { name: en.app.next, exact: true }).click();
    await expect.poll(() => heights(page).then((x) => x.outer)).toBeGreaterThan(age);
    await expectFitted(page);

    await frame.getByLabel(en.steps.age.label).fill('45');
    await frame.getByRole('button', { name: en.app.next, exact: true }).click();
    await expect.poll(() => titleOf(frame)).toBe(en.steps.redFlags.title);
    const redFlags = await expectFitted(page);
    expect(redFlags).toBeGreaterThan(age);

    // Back to the shorter step: the frame shrinks again.
    await frame.getByRole('button', { name: en.app.back, exact: true }).click();
    await expect.poll(() => titleOf(frame)).toBe(en.steps.age.title);
    await expect.poll(() => heights(page).then((x) => x.outer)).toBeLessThan(redFlags);
    await expectFitted(page);

    // On a desktop window too.
    await page.setViewportSize(viewports.desktop);
    await expectFitted(page);
    await screenshot(page, 'embed-inline-desktop');
  });

  it('opens the button’s modal with focus inside, keeps focus there, closes on Escape and returns focus', async () => {
    const page = await openHost({ viewport: 'desktop', bypassCSP: true });
    const opener = page.getByRole('button', { name: 'Am I a candidate?' });
    await opener.focus();
    expect(await modalFocus(page)).toBe('opener');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.style.overflow)).toBe('hidden');

    // Once the app is ready, focus is on its first heading, inside the frame.
    const frame = await contentFrame(page, 1);
    await expect.poll(() => modalFocus(page)).toBe('frame');
    await expect.poll(() => frame.evaluate(() => document.activeElement?.id)).toBe('screen-title');

    // Zero axe violations on the host page with the modal open, and in the app inside it.
    expect(await axeViolations(page), 'axe on the host page with the modal open').toEqual([]);
    expect(await axeViolations(frame), 'axe inside the modal').toEqual([]);
    await screenshot(page, 'embed-modal-desktop');
    await page.setViewportSize(viewports.phone);
    // Full screen on a phone.
    const box = await dialog.boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: viewports.phone.width });
    expect(Math.round(box?.height ?? 0)).toBe(viewports.phone.height);
    await checkScreen(page, 'embed-modal');

    // Forwards and backwards, focus never leaves the dialog. Wrapping passes through a sentinel
    // whose focus handler moves focus on (into the frame by a message): wait for it to settle.
    const seen = new Set<string>();
    const settled = async (what: string) => {
      await expect
        .poll(() => modalFocus(page), { message: what, timeout: 2000, interval: 25 })
        .toMatch(/^(close|frame)$/);
      return modalFocus(page);
    };
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      seen.add(await settled(`after ${i + 1} Tab presses`));
    }
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Shift+Tab');
      await settled(`after ${i + 1} Shift+Tab presses`);
    }
    expect(seen).toEqual(new Set(['close', 'frame']));

    // Escape inside the frame closes the dialog, and focus goes back to the button.
    await page.keyboard.press('Tab');
    await expect.poll(() => modalFocus(page)).not.toBe('close');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await modalFocus(page)).toBe('opener');
    // The page scrolls again once the dialog's close event has run (a task after it closes).
    await expect.poll(() => page.evaluate(() => document.documentElement.style.overflow)).toBe('');

    // Reopened, the answers are still there; Escape on the close button closes it too.
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Close' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await modalFocus(page)).toBe('opener');

    // And the labelled close button closes it.
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await modalFocus(page)).toBe('opener');
  });

  it('at 375 px the floating button never covers the inline widget: it fades out and lets taps through while the widget is under it', async () => {
    const page = await openHost();
    const frame = await contentFrame(page);
    await expect.poll(() => titleOf(frame)).toBe(en.steps.age.title);
    await expectFitted(page);

    /** The button's box and opacity, the inline frame's visible part, and what a tap there hits. */
    const measure = () =>
      page.evaluate(() => {
        const hosts = Array.from(document.querySelectorAll('.ipm-widget'));
        const inlineHost = document.querySelector('#check .ipm-widget');
        const button = hosts.at(-1)?.shadowRoot?.querySelector('.open');
        const iframe = inlineHost?.shadowRoot?.querySelector('iframe');
        if (!button || !iframe || !inlineHost) throw new Error('widgets not mounted');
        const b = button.getBoundingClientRect();
        const f = iframe.getBoundingClientRect();
        const visible = {
          top: Math.max(f.top, 0),
          bottom: Math.min(f.bottom, innerHeight),
          left: Math.max(f.left, 0),
          right: Math.min(f.right, innerWidth),
        };
        const overlaps =
          visible.top < visible.bottom &&
          visible.top < b.bottom &&
          visible.bottom > b.top &&
          visible.left < b.right &&
          visible.right > b.left;
        const hit = document.elementFromPoint((b.left + b.right) / 2, (b.top + b.bottom) / 2);
        return {
          opacity: getComputedStyle(button).opacity,
          overlaps,
          tapReachesInline: hit === inlineHost,
        };
      });
    const frames = () =>
      page.evaluate(
        () =>
          new Promise((resolve) =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => requestAnimationFrame(resolve)),
            ),
          ),
      );

    const maxScroll = await page.evaluate(
      () => document.documentElement.scrollHeight - innerHeight,
    );
    let shown = 0;
    let faded = 0;
    for (let y = 0; y <= maxScroll + 40; y += 40) {
      await page.evaluate((to) => window.scrollTo(0, to), y);
      await frames();
      // The fade has finished (fully shown or fully gone).
      await expect.poll(() => measure().then((m) => m.opacity)).toMatch(/^[01]$/);
      const m = await measure();
      if (m.opacity === '1') {
        shown++;
        expect(m.overlaps, `at scrollY ${y} the visible button covers the inline widget`).toBe(
          false,
        );
      } else {
        faded++;
        expect(m.tapReachesInline, `at scrollY ${y} a tap on the faded button`).toBe(true);
      }
    }
    // Both cases happened: the widget passed under the button, and the button showed elsewhere.
    expect(faded).toBeGreaterThan(0);
    expect(shown).toBeGreaterThan(0);

    // Faded, it still takes keyboard focus, and shows itself when it has it.
    await page.evaluate(() =>
      document.querySelector('.ipm-widget')?.scrollIntoView({ block: 'end' }),
    );
    await frames();
    await expect.poll(() => measure().then((m) => m.opacity)).toBe('0');
    await page.getByRole('button', { name: 'Am I a candidate?' }).focus();
    await expect.poll(() => measure().then((m) => m.opacity)).toBe('1');
    await screenshot(page, 'embed-button-phone');
  });

  it('data-offset lifts the button by that many CSS pixels (0 to 400); anything else leaves it where it was, with a warning', async () => {
    context = await browser.newContext({ viewport: viewports.phone, locale: 'en-US' });
    const lifted = async (offset: string | undefined) => {
      const page = await context!.newPage();
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.text().startsWith('ipm-widget:')) warnings.push(message.text());
      });
      // A page of the allowed origin with one button and nothing else.
      await page.goto(`${allowed.origin}/blank`);
      await page.setContent(
        `<p>Clinic page</p><script src="${appOrigin()}/widget.js" async data-mode="button"${
          offset === undefined ? '' : ` data-offset="${offset}"`
        }></script>`,
      );
      const button = page.getByRole('button', { name: 'Am I a candidate?' });
      await button.waitFor();
      const box = await button.boundingBox();
      const above = await page.evaluate(() => innerHeight);
      await page.close();
      // From the bottom of the window: 1rem (16 px) of its own, plus the lift.
      return { lift: Math.round(above - (box?.y ?? 0) - (box?.height ?? 0)) - 16, warnings };
    };
    expect(await lifted(undefined)).toEqual({ lift: 0, warnings: [] });
    expect(await lifted('80')).toEqual({ lift: 80, warnings: [] });
    expect(await lifted('80px')).toEqual({ lift: 80, warnings: [] });
    expect(await lifted('0')).toEqual({ lift: 0, warnings: [] });
    expect(await lifted('400')).toEqual({ lift: 400, warnings: [] });
    for (const nonsense of ['lots', '-20', '1e3', '2.5', '401', '80%', '5rem', ''])
      expect(await lifted(nonsense), `data-offset="${nonsense}"`).toEqual({
        lift: 0,
        warnings: [expect.stringContaining(`data-offset="${nonsense}"`)],
      });

    // On a phone on its side, the highest lift still keeps the whole button in the window.
    await context.close();
    context = await browser.newContext({ viewport: { width: 812, height: 375 } });
    const page = await context.newPage();
    await page.goto(`${allowed.origin}/blank`);
    await page.setContent(
      `<p>Clinic page</p><script src="${appOrigin()}/widget.js" async data-mode="button" data-offset="400"></script>`,
    );
    const button = page.getByRole('button', { name: 'Am I a candidate?' });
    await button.waitFor();
    expect((await button.boundingBox())?.y).toBeGreaterThanOrEqual(0);
  });

  it('takes a keyboard-only patient through the embedded assessment, and tells the host only that a request was sent', async () => {
    const page = await openHost({ viewport: 'desktop' });
    await page.evaluate(() => {
      const seen = ((window as unknown as { seen: unknown[] }).seen = [] as unknown[]);
      window.addEventListener('message', (event) => seen.push(event.data));
      document.addEventListener('ipm-widget:completed', (event) => {
        const target = event.target as HTMLScriptElement;
        seen.push({
          event: event.type,
          detail: (event as CustomEvent).detail,
          on: target.dataset.mode,
        });
      });
    });
    const frame = await contentFrame(page);
    await expect.poll(() => titleOf(frame)).toBe(en.steps.age.title);
    await page.locator('body').focus();
    const answers = await keyboardJourney(page, frame);
    await expectResultOf(frame, en, answers);
    await expectFitted(page);

    await frame.getByRole('button', { name: en.result.request }).click();
    await fillContact(frame, answers.age);
    await frame.getByRole('button', { name: en.request.send }).click();
    await expect.poll(() => titleOf(frame)).toBe(en.submitted.title);
    const reference = (await frame.locator('.reference').textContent()) ?? '';
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('your request reached the clinic');

    const seen = await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
    expect(seen).toContainEqual({ event: 'ipm-widget:completed', detail: null, on: 'inline' });
    expect(seen).toContainEqual({ source: 'ipm-widget', v: 1, type: 'completed' });
    // Every message has only the envelope, a type and (for resize) a height: no health data.
    for (const message of seen) {
      if ('event' in (message as object)) continue;
      expect(Object.keys(message as object).sort()).toEqual(
        (message as { type: string }).type === 'resize'
          ? ['height', 'source', 'type', 'v']
          : ['source', 'type', 'v'],
      );
    }
    const text = JSON.stringify(seen);
    for (const secret of ['Marta', 'Quintero', reference, 'knee', 'osteoarthritis', 'candidate'])
      expect(text).not.toContain(secret);
  });

  it('cannot be framed by a page on an origin the clinic did not allow', async () => {
    const page = await openHost({ origin: refused.origin });
    const refusals: string[] = [];
    page.on('console', (message) => {
      if (/frame-ancestors/.test(message.text())) refusals.push(message.text());
    });
    await page.reload();
    const frame = await contentFrame(page);
    await expect.poll(() => refusals.length).toBeGreaterThan(0);
    await expect.poll(() => frame.url()).not.toContain('/embed');
    expect(await frame.locator('#root').count()).toBe(0);
    // The frame never grew to any content: no resize ever came.
    expect(await inlineFrame(page).evaluate((el) => (el as HTMLIFrameElement).style.height)).toBe(
      '',
    );
  });

  it('ignores messages from the wrong origin or window, both ways', async () => {
    const page = await openHost();
    const frame = await contentFrame(page);
    const fitted = await expectFitted(page);
    const height = () => inlineFrame(page).evaluate((el) => (el as HTMLIFrameElement).style.height);

    // To the loader: a well-formed resize from the host page itself, and a wrong version from the
    // frame, change nothing...
    await page.evaluate(() =>
      window.postMessage({ source: 'ipm-widget', v: 1, type: 'resize', height: 3000 }, '*'),
    );
    await frame.evaluate(() =>
      window.parent.postMessage({ source: 'ipm-widget', v: 2, type: 'resize', height: 3000 }, '*'),
    );
    await page.waitForTimeout(300);
    expect(await height()).toBe(`${fitted}px`);
    // ...while the same message from the frame at the app's origin does (so the check can fail).
    await frame.evaluate(() =>
      window.parent.postMessage({ source: 'ipm-widget', v: 1, type: 'resize', height: 3000 }, '*'),
    );
    await expect.poll(height).toBe('3000px');

    // To the app: a focus request from its own window (not the parent, not the parent's origin) is
    // ignored; from the host page at the named origin it is obeyed.
    const active = () => frame.evaluate(() => document.activeElement?.tagName ?? '');
    const before = await active();
    await frame.evaluate(() =>
      window.postMessage({ source: 'ipm-widget', v: 1, type: 'focus', at: 'last' }, '*'),
    );
    await page.waitForTimeout(300);
    expect(await active()).toBe(before);
    await page.evaluate(
      ([origin]) => {
        const host = document.querySelector('.ipm-widget');
        const iframe = host?.shadowRoot?.querySelector('iframe');
        iframe?.contentWindow?.postMessage(
          { source: 'ipm-widget', v: 1, type: 'focus', at: 'last' },
          origin ?? '',
        );
      },
      [appOrigin()],
    );
    await expect.poll(active).not.toBe(before);
  });
});

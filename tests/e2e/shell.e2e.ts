import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, viewports } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

it('serves the patient page from the built app', async () => {
  const page = await browser.newPage({ viewport: viewports.phone });
  await page.goto(inject('baseUrl'));
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
    'Am I a candidate?',
  );
  await screenshot(page, 'shell-phone');
  await page.close();
});

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Measurement } from './measurement';
import { chromiumFlags, chromiumPath } from '../tests/e2e/browser';
import { startServer } from './server';

// Lighthouse 12.2.3 with its default mobile preset (simulated slow 4G and a 4x slower CPU) on the
// patient start page, in Debian's Chromium.

const RUNS = 3;

export async function benchLighthouse(): Promise<{
  measurements: Measurement[];
  performanceRuns: number[];
  belowFullMarks: string[];
}> {
  const server = await startServer();
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: [...chromiumFlags],
  });
  try {
    // Lighthouse's own advice: run several times and keep the median run (by performance).
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${server.url}/`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      if (!result) throw new Error('Lighthouse returned nothing.');
      runs.push(result.lhr);
    }
    runs.sort(
      (a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0),
    );
    const median = runs[Math.floor(runs.length / 2)]!;
    const { categories, audits } = median;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const numeric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    const failing = Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
      .map((a) => `${a.id} (${a.score})`);
    return {
      performanceRuns: runs.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100)),
      belowFullMarks: failing,
      measurements: [
        {
          name: 'Lighthouse performance (mobile)',
          value: score('performance'),
          unit: '',
          budget: { atLeast: 95 },
        },
        {
          name: 'Lighthouse accessibility',
          value: score('accessibility'),
          unit: '',
          budget: { atLeast: 100 },
        },
        {
          name: 'Lighthouse best practices',
          value: score('best-practices'),
          unit: '',
          budget: { atLeast: 100 },
        },
        {
          name: 'Largest Contentful Paint (simulated mobile)',
          value: Math.round(numeric('largest-contentful-paint')),
          unit: 'ms',
          budget: { atMost: 2500 },
        },
        {
          name: 'Total Blocking Time (simulated mobile)',
          value: Math.round(numeric('total-blocking-time')),
          unit: 'ms',
          budget: { atMost: 200 },
        },
        {
          name: 'Cumulative Layout Shift',
          value: Math.round(numeric('cumulative-layout-shift') * 1000) / 1000,
          unit: '',
          budget: { atMost: 0.1 },
        },
      ],
    };
  } finally {
    chrome.kill();
    await server.stop();
  }
}

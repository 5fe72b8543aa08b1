import { describe, expect, it } from 'vitest';
import { baseAnswers } from '../rules/examples.testing';
import {
  clearProgress,
  dropOutdatedProgress,
  loadProgress,
  progressKey,
  progressTtlMs,
  resumeSnapshot,
  saveProgress,
  tabProgressKey,
} from './persistence';

function storage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const { version: _v, ...draft } = baseAnswers();
const now = Date.UTC(2026, 10, 28, 12);

describe('saved progress', () => {
  it('round-trips a step and its answers, and resumes the machine there', () => {
    const s = storage();
    saveProgress(s, 'pain', draft, now);
    const saved = loadProgress(s, now + 60_000);
    expect(saved).toEqual({ v: 2, savedAt: now, screen: 'pain', draft });
    const snapshot = resumeSnapshot(saved!);
    expect(snapshot.value).toBe('pain');
    expect(snapshot.context.draft).toEqual(draft);
  });

  it('expires after 24 hours and removes itself', () => {
    const s = storage();
    saveProgress(s, 'review', draft, now);
    expect(loadProgress(s, now + progressTtlMs - 1)).not.toBeNull();
    expect(loadProgress(s, now + progressTtlMs)).toBeNull();
    expect(s.items.has(progressKey)).toBe(false);
  });

  it.each([
    ['not JSON', '{'],
    ['an unknown version', JSON.stringify({ v: 3, savedAt: now, screen: 'pain', draft })],
    ['no version', JSON.stringify({ savedAt: now, screen: 'pain', draft })],
    [
      'an urgent notice without an urgent sign',
      JSON.stringify({ v: 2, savedAt: now, screen: 'urgentNotice', draft }),
    ],
    [
      'answers of version 1 labelled version 2',
      JSON.stringify({
        v: 2,
        savedAt: now,
        screen: 'history',
        draft: {
          age: 50,
          history: [],
          allergies: [],
          steroidInjectionsPast12Months: 0,
          treatments: { ...draft.treatments },
          mood: undefined,
          extra: 1,
        },
      }),
    ],
    ['an unknown screen', JSON.stringify({ v: 2, savedAt: now, screen: 'submitted', draft })],
    [
      'an invalid answer',
      JSON.stringify({ v: 2, savedAt: now, screen: 'pain', draft: { ...draft, age: 400 } }),
    ],
    [
      'an unknown answer',
      JSON.stringify({ v: 2, savedAt: now, screen: 'pain', draft: { ...draft, ssn: '1' } }),
    ],
    ['a step that does not apply', JSON.stringify({ v: 2, savedAt: now, screen: 'knee', draft })],
    [
      'a time in the future',
      JSON.stringify({ v: 2, savedAt: now + 3_600_000, screen: 'pain', draft }),
    ],
  ])('discards %s', (_why, raw) => {
    const s = storage({ [progressKey]: raw });
    expect(loadProgress(s, now)).toBeNull();
    expect(s.items.has(progressKey)).toBe(false);
  });

  it('resumes on the urgent notice when an urgent sign was chosen', () => {
    const s = storage();
    const urgent = { ...draft, redFlags: ['nightPain' as const] };
    saveProgress(s, 'urgentNotice', urgent, now);
    const saved = loadProgress(s, now);
    expect(saved?.screen).toBe('urgentNotice');
    expect(resumeSnapshot(saved!).value).toBe('urgentNotice');
  });

  describe('a record of the earlier format (answers version 1)', () => {
    const v1 = JSON.stringify({
      v: 1,
      savedAt: now,
      screen: 'history',
      draft: { age: 61, redFlags: [], locations: ['knee'], steroidInjectionsPast12Months: 1 },
    });

    it('is not resumed, and is left for dropOutdatedProgress to report', () => {
      const s = storage({ [progressKey]: v1 });
      expect(loadProgress(s, now)).toBeNull();
      expect(s.items.get(progressKey)).toBe(v1);
      expect(dropOutdatedProgress(s)).toBe(true);
      expect(s.items.has(progressKey)).toBe(false);
      expect(dropOutdatedProgress(s)).toBe(false);
    });

    it('is reported only for version 1, never for current or missing progress', () => {
      const current = storage();
      saveProgress(current, 'pain', draft, now);
      expect(dropOutdatedProgress(current)).toBe(false);
      expect(current.items.has(progressKey)).toBe(true);
      expect(dropOutdatedProgress(storage())).toBe(false);
      expect(dropOutdatedProgress(storage({ [progressKey]: '{' }))).toBe(false);
    });
  });

  it('never keeps the emergency, under-18 or request screens, and removes what was kept', () => {
    for (const screen of ['emergency', 'under18', 'request', 'submitting', 'submitted'] as const) {
      const s = storage();
      saveProgress(s, 'pain', draft, now);
      saveProgress(s, screen, { ...draft, redFlags: ['saddleNumbness'] }, now);
      expect(s.items.size).toBe(0);
    }
  });

  it('clears on request', () => {
    const s = storage();
    saveProgress(s, 'pain', draft, now);
    clearProgress(s);
    expect(s.items.size).toBe(0);
  });
});

describe("this tab's answers (sessionStorage)", () => {
  it('keeps the request and the emergency screens too, apart from the device record', () => {
    const s = storage();
    saveProgress(s, 'request', draft, now, 'tab');
    expect([...s.items.keys()]).toEqual([tabProgressKey]);
    expect(loadProgress(s, now, 'tab')?.screen).toBe('request');
    expect(loadProgress(s, now)).toBeNull();

    const emergency = { age: 60, redFlags: ['saddleNumbness' as const] };
    saveProgress(s, 'emergency', emergency, now, 'tab');
    const saved = loadProgress(s, now, 'tab');
    expect(resumeSnapshot(saved!).value).toBe('emergency');
    expect(resumeSnapshot(saved!).context.emergencyFrom).toBe('redFlags');
  });

  it('never keeps what follows a sent request, nor the under-18 stop', () => {
    const s = storage();
    saveProgress(s, 'pain', draft, now, 'tab');
    saveProgress(s, 'submitted', draft, now, 'tab');
    expect(s.items.size).toBe(0);
    saveProgress(s, 'under18', {}, now, 'tab');
    expect(s.items.size).toBe(0);
  });

  it('does not resume a screen the answers do not reach (an edited or stale record)', () => {
    const s = storage();
    saveProgress(s, 'result', { age: 50 }, now, 'tab');
    expect(loadProgress(s, now, 'tab')).toBeNull();
    expect(s.items.size).toBe(0);
    saveProgress(s, 'emergency', { age: 50, redFlags: [] }, now, 'tab');
    expect(loadProgress(s, now, 'tab')).toBeNull();
  });

  it('a full or refusing storage loses nothing in memory and throws nothing', () => {
    const full = {
      ...storage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(() => saveProgress(full, 'pain', draft, now, 'tab')).not.toThrow();
  });
});

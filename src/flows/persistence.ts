import { z } from 'zod/mini';
import { answersShape } from '../rules';
import {
  emergencyStep,
  initialContext,
  questionnaireMachine,
  visitTarget,
  type ScreenId,
} from './questionnaire';
import { stepIds, type Draft } from './steps';

// Progress kept in the browser, in two places:
// - 'device': the opt-in "save my progress on this device" (localStorage), gone after 24 hours, on
//   submit and on start over. Without the opt-in the app never writes it.
// - 'tab': the answers of this tab (sessionStorage), always, so a reload or the browser's Back out
//   of the app and Forward again loses nothing; the browser drops it when the tab closes, and the
//   app on submit and on start over.
// Both are the same versioned record, checked when read back.

export type ProgressStore = 'device' | 'tab';
export const progressKey = 'ipm-candidacy:progress';
export const tabProgressKey = 'ipm-candidacy:tab';
const keyOf = (store: ProgressStore) => (store === 'device' ? progressKey : tabProgressKey);
export const progressTtlMs = 24 * 60 * 60 * 1000;

const resumable = [...stepIds, 'urgentNotice', 'review', 'result', 'request', 'emergency'] as const;
type ResumableScreen = (typeof resumable)[number];
/** Emergency and the request are never kept on the device (the contact details never at all). */
const keptOnDevice = (screen: ResumableScreen) => screen !== 'emergency' && screen !== 'request';

const savedProgressSchema = z.strictObject({
  v: z.literal(2),
  savedAt: z.number(),
  screen: z.enum(resumable),
  draft: z.partial(answersShape),
});
export type SavedProgress = z.infer<typeof savedProgressSchema>;

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Whether a screen can be kept in this store; the rest start again from their answers. */
export const isResumable = (
  screen: ScreenId,
  store: ProgressStore = 'device',
): screen is ResumableScreen =>
  (resumable as readonly string[]).includes(screen) &&
  (store === 'tab' || keptOnDevice(screen as ResumableScreen));

export function saveProgress(
  storage: KeyValueStorage,
  screen: ScreenId,
  draft: Draft,
  now: number,
  store: ProgressStore = 'device',
): void {
  if (!isResumable(screen, store)) {
    // Under-18 and what follows a request are never kept; see keptOnDevice for the device.
    storage.removeItem(keyOf(store));
    return;
  }
  const record: SavedProgress = { v: 2, savedAt: now, screen, draft };
  try {
    storage.setItem(keyOf(store), JSON.stringify(record));
  } catch {
    // Storage full or refused (private browsing): the answers stay in memory for this visit.
  }
}

export function clearProgress(storage: KeyValueStorage, store: ProgressStore = 'device'): void {
  storage.removeItem(keyOf(store));
}

function readRecord(storage: KeyValueStorage, store: ProgressStore = 'device'): unknown {
  const raw = storage.getItem(keyOf(store));
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** A record of an earlier format (answers version 1): its questions are no longer the ones asked. */
const isOutdated = (record: unknown) =>
  typeof record === 'object' && record !== null && 'v' in record && record.v === 1;

/**
 * The saved progress if it is there, well-formed, consistent and under 24 hours old; else null,
 * and the record is removed. A record of an earlier format is left for `dropOutdatedProgress`,
 * which removes it and tells the app, so the patient can be told once why the answers are gone.
 */
export function loadProgress(
  storage: KeyValueStorage,
  now: number,
  store: ProgressStore = 'device',
): SavedProgress | null {
  const parsed = readRecord(storage, store);
  if (parsed === null || isOutdated(parsed)) return null;
  const result = savedProgressSchema.safeParse(parsed);
  const saved = result.success ? result.data : null;
  const fresh = saved !== null && now - saved.savedAt >= 0 && now - saved.savedAt < progressTtlMs;
  const consistent =
    saved !== null && isResumable(saved.screen, store) && screenFits(saved.screen, saved.draft);
  if (!fresh || !consistent) {
    storage.removeItem(keyOf(store));
    return null;
  }
  return saved;
}

/**
 * Removes saved progress of an earlier format (version 1, before ruleset 2026.2 changed the
 * questions); true when there was one, so the app can say that those answers could not be kept.
 */
export function dropOutdatedProgress(storage: KeyValueStorage): boolean {
  if (!isOutdated(readRecord(storage))) return false;
  storage.removeItem(progressKey);
  return true;
}

/** Whether the answers lead to the screen (a hand-edited or stale record does not resume). */
const screenFits = (screen: ResumableScreen, draft: Draft): boolean =>
  visitTarget(screen, draft) === screen;

/** A machine snapshot that resumes the questionnaire where the saved progress left it. */
export function resumeSnapshot(saved: SavedProgress) {
  return questionnaireMachine.resolveState({
    value: saved.screen,
    context: {
      ...initialContext(),
      draft: saved.draft,
      emergencyFrom: emergencyStep(saved.draft) ?? null,
    },
  });
}

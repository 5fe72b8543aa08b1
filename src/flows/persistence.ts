import { z } from 'zod/mini';
import { answersShape } from '../rules';
import { initialContext, questionnaireMachine, type ScreenId } from './questionnaire';
import { stepById, stepIds, urgentFlagsIn, type Draft } from './steps';

// Opt-in "save my progress on this device": a versioned record in the browser's storage, checked
// when it is read back, gone after 24 hours, on submit and on start over. Without the opt-in the
// app never calls saveProgress.

export const progressKey = 'ipm-candidacy:progress';
export const progressTtlMs = 24 * 60 * 60 * 1000;

const resumable = [...stepIds, 'urgentNotice', 'review', 'result'] as const;
type ResumableScreen = (typeof resumable)[number];

const savedProgressSchema = z.strictObject({
  v: z.literal(2),
  savedAt: z.number(),
  screen: z.enum(resumable),
  draft: z.partial(answersShape),
});
export type SavedProgress = z.infer<typeof savedProgressSchema>;

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const isResumable = (screen: ScreenId): screen is ResumableScreen =>
  (resumable as readonly string[]).includes(screen);

export function saveProgress(
  storage: KeyValueStorage,
  screen: ScreenId,
  draft: Draft,
  now: number,
): void {
  if (!isResumable(screen)) {
    // Emergency, under-18 and the request screens are never kept on the device.
    storage.removeItem(progressKey);
    return;
  }
  const record: SavedProgress = { v: 2, savedAt: now, screen, draft };
  storage.setItem(progressKey, JSON.stringify(record));
}

export function clearProgress(storage: KeyValueStorage): void {
  storage.removeItem(progressKey);
}

function readRecord(storage: KeyValueStorage): unknown {
  const raw = storage.getItem(progressKey);
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
export function loadProgress(storage: KeyValueStorage, now: number): SavedProgress | null {
  const parsed = readRecord(storage);
  if (parsed === null || isOutdated(parsed)) return null;
  const result = savedProgressSchema.safeParse(parsed);
  const saved = result.success ? result.data : null;
  const fresh = saved !== null && now - saved.savedAt >= 0 && now - saved.savedAt < progressTtlMs;
  const consistent = saved !== null && screenFits(saved.screen, saved.draft);
  if (!fresh || !consistent) {
    storage.removeItem(progressKey);
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

function screenFits(screen: ResumableScreen, draft: Draft): boolean {
  if (screen === 'review' || screen === 'result') return true;
  if (screen === 'urgentNotice') return urgentFlagsIn(draft).length > 0;
  return stepById(screen).applies(draft);
}

/** A machine snapshot that resumes the questionnaire where the saved progress left it. */
export function resumeSnapshot(saved: SavedProgress) {
  return questionnaireMachine.resolveState({
    value: saved.screen,
    context: { ...initialContext(), draft: saved.draft },
  });
}

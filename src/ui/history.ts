import { useEffect } from 'react';
import { screenIds, type ScreenId } from '../flows/questionnaire';
import { QuestionnaireContext } from './questionnaire-context';

// The browser's history is the questionnaire's history. The machine owns the screen; the address
// only reflects it (`#step=pain`), so each screen the patient reaches is one history entry, and the
// browser's Back and Forward (a phone's back gesture too) ask the machine to show that screen again
// (VISIT), with the answers kept. The machine decides where that lands (visitTarget): a screen the
// answers do not reach yet gives the first unanswered step, and the address is corrected in place.
// The first question has no fragment, so Back from it leaves the app like any page. Inside the
// clinic's iframe this is the frame's own history, which the browser joins to the host page's: the
// host's Back button steps back through the questions, and the host's address never changes.

const prefix = '#step=';

/** The fragment that names a screen; the first question has none, and sending is the request. */
export function hashOf(screen: ScreenId): string {
  if (screen === 'age') return '';
  return `${prefix}${screen === 'submitting' ? 'request' : screen}`;
}

/** The screen a fragment names: none for no fragment, undefined for one that names no screen. */
export function screenOf(hash: string): ScreenId | 'none' | undefined {
  if (hash === '' || hash === '#') return 'none';
  if (!hash.startsWith(prefix)) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(prefix.length));
  } catch {
    return undefined; // A malformed escape (a hand-edited or cut address) names nothing.
  }
  return (screenIds as readonly string[]).includes(id) ? (id as ScreenId) : undefined;
}

type Nav = Pick<Window, 'addEventListener' | 'removeEventListener' | 'location' | 'history'>;

function addressWith(win: Nav, hash: string): string {
  return `${win.location.pathname}${win.location.search}${hash}`;
}

/** Keeps the address and the machine's screen in step, both ways (see the top of this file). */
export function useStepHistory(nav?: Nav): void {
  const actor = QuestionnaireContext.useActorRef();
  const screen = QuestionnaireContext.useSelector((s) => s.value as ScreenId);

  useEffect(() => {
    const win = nav ?? window;
    // A screen that changes in place does not keep the scroll of the screen that stood there.
    win.history.scrollRestoration = 'manual';
    const follow = (initial: boolean) => {
      const wanted = screenOf(win.location.hash);
      // On arrival, no fragment means wherever this tab's answers left off; later, the first page.
      const target = wanted === 'none' ? (initial ? undefined : 'age') : wanted;
      const current = actor.getSnapshot().value as ScreenId;
      if (target !== undefined && target !== current) actor.send({ type: 'VISIT', screen: target });
      const now = actor.getSnapshot().value as ScreenId;
      if (hashOf(now) !== win.location.hash) {
        win.history.replaceState(win.history.state, '', addressWith(win, hashOf(now)));
      }
    };
    follow(true);
    const onPopState = () => follow(false);
    win.addEventListener('popstate', onPopState);
    return () => win.removeEventListener('popstate', onPopState);
  }, [actor, nav]);

  useEffect(() => {
    // A screen the patient moved to (Next, Back, Change, a sent request): a new history entry.
    // One reached through history already matches the address. (The actor's screen, not the
    // rendered one, which an arrival's correction above may have just changed.)
    const win = nav ?? window;
    const now = actor.getSnapshot().value as ScreenId;
    if (hashOf(now) !== win.location.hash) {
      win.history.pushState(win.history.state, '', addressWith(win, hashOf(now)));
    }
  }, [actor, screen, nav]);
}

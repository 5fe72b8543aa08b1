import { useEffect, useRef } from 'react';
import { screenIds, visitTarget, type ScreenId } from '../flows/questionnaire';
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

/** Where an entry stands among the app's own: 0 for the first, counting up as screens are pushed. */
const positionOf = (state: unknown): number =>
  typeof state === 'object' && state !== null && 'ipmPosition' in state
    ? Number(state.ipmPosition) || 0
    : 0;

/** Keeps the address and the machine's screen in step, both ways (see the top of this file). */
export function useStepHistory({ embedded = false, nav }: { embedded?: boolean; nav?: Nav } = {}) {
  const actor = QuestionnaireContext.useActorRef();
  const screen = QuestionnaireContext.useSelector((s) => s.value as ScreenId);
  // The position of the entry shown, to tell Back from Forward when the browser moves.
  const position = useRef(0);

  useEffect(() => {
    const win = nav ?? window;
    // A screen that changes in place does not keep the scroll of the screen that stood there.
    win.history.scrollRestoration = 'manual';
    position.current = positionOf(win.history.state);
    const follow = (initial: boolean) => {
      const arrived = positionOf(win.history.state);
      const back = arrived < position.current;
      position.current = arrived;
      const wanted = screenOf(win.location.hash);
      // On arrival, no fragment means wherever this tab's answers left off; later, the first page.
      const target = wanted === 'none' ? (initial ? undefined : 'age') : wanted;
      const snapshot = actor.getSnapshot();
      const current = snapshot.value as ScreenId;
      if (!initial && current === 'submitted') {
        // Sent: Back leaves the app (to the page before its first screen) instead of showing the
        // same "sent" screen once for every screen the patient passed. Not from a clinic's
        // frame, whose Back would take the clinic's own page away.
        if (back && !embedded) win.history.go(-(arrived + 1));
      } else if (target !== undefined && target !== current) {
        // Back never moves the patient forward: an entry the answers no longer lead to (a warning
        // sign since unticked, a step since made unnecessary) is passed over, as if it was not there.
        const lands = visitTarget(target, snapshot.context.draft);
        if (!initial && back && lands !== target && arrived > 0) {
          win.history.back();
          return;
        }
        actor.send({ type: 'VISIT', screen: target });
      }
      const now = actor.getSnapshot().value as ScreenId;
      if (hashOf(now) !== win.location.hash) {
        win.history.replaceState(win.history.state, '', addressWith(win, hashOf(now)));
      }
    };
    follow(true);
    const onPopState = () => follow(false);
    win.addEventListener('popstate', onPopState);
    return () => win.removeEventListener('popstate', onPopState);
  }, [actor, nav, embedded]);

  useEffect(() => {
    // A screen the patient moved to (Next, Back, Change, a sent request): a new history entry.
    // One reached through history already matches the address. (The actor's screen, not the
    // rendered one, which an arrival's correction above may have just changed.)
    const win = nav ?? window;
    const now = actor.getSnapshot().value as ScreenId;
    if (hashOf(now) !== win.location.hash) {
      const ipmPosition = positionOf(win.history.state) + 1;
      win.history.pushState({ ipmPosition }, '', addressWith(win, hashOf(now)));
      position.current = ipmPosition;
    }
  }, [actor, screen, nav]);
}

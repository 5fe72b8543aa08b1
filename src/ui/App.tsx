import {
  lazy,
  Suspense,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ComponentType,
} from 'react';
import { fromPromise } from 'xstate';
import type { IntakeRequest as ApiIntakeRequest } from '../api/contract';
import {
  clearProgress,
  dropOutdatedProgress,
  isResumable,
  loadProgress,
  resumeSnapshot,
  saveProgress,
} from '../flows/persistence';
import {
  questionnaireMachine,
  type IntakeReceipt,
  type IntakeRequest,
  type QuestionnaireMachine,
  type ScreenId,
} from '../flows/questionnaire';
import { useEmbedBridge, type EmbedContext } from './embed';
import { useStepHistory } from './history';
import { usePublicConfig } from './public-config';
import { locales, type Locale } from './i18n/catalogue';
import { languageNames, LocaleProvider, rememberLocale, useLocale } from './i18n/locale';
import { QuestionnaireContext, useSend } from './questionnaire-context';
import { ReviewScreen } from './screens/ReviewScreen';
import { EmergencyScreen, Under18Screen, UrgentNoticeScreen } from './screens/StopScreens';
import { AgeStep } from './steps/AgeStep';
import { BackStep, HeadStep, KneeStep, NeckStep, NerveStep } from './steps/DetailSteps';
import {
  AllergiesStep,
  DurationStep,
  GoalsStep,
  HistoryStep,
  ImagingStep,
  PainStep,
} from './steps/LaterSteps';
import { LocationsStep } from './steps/LocationsStep';
import { MoodStep } from './steps/MoodStep';
import { PriorProceduresStep } from './steps/PriorProceduresStep';
import { RedFlagsStep } from './steps/RedFlagsStep';
import { TreatmentsStep } from './steps/TreatmentsStep';

// The result (the rules' assessment, its texts in both languages, the clinic's words in Spanish)
// loads once the patient is past the first question, so the first screen does not carry it and
// the result does not wait for it: `loadResult` starts the download early, `ResultScreen` uses it.
const loadResult = () => import('./screens/ResultScreen');
const ResultScreen = lazy(() => loadResult().then((m) => ({ default: m.ResultScreen })));

// The consultation request and its API client load only when the patient asks for a consultation.
const RequestScreen = lazy(() =>
  import('./screens/RequestScreen').then((m) => ({ default: m.RequestScreen })),
);
const SubmittedScreen = lazy(() =>
  import('./screens/RequestScreen').then((m) => ({ default: m.SubmittedScreen })),
);

/** The questionnaire with its real submission: the intake API, loaded on first use. */
export const patientMachine = questionnaireMachine.provide({
  actors: {
    submitIntake: fromPromise<IntakeReceipt, IntakeRequest>(async ({ input }) => {
      const { submitIntake } = await import('../api/intakes');
      // The contact was checked by the form against the same contract; the server checks all again.
      return submitIntake(input as ApiIntakeRequest, { storage: safeStorage('sessionStorage') });
    }),
  },
});

const screens: Partial<Record<ScreenId, ComponentType>> = {
  age: AgeStep,
  redFlags: RedFlagsStep,
  locations: LocationsStep,
  back: BackStep,
  neck: NeckStep,
  knee: KneeStep,
  head: HeadStep,
  nerve: NerveStep,
  duration: DurationStep,
  pain: PainStep,
  treatments: TreatmentsStep,
  priorProcedures: PriorProceduresStep,
  imaging: ImagingStep,
  history: HistoryStep,
  allergies: AllergiesStep,
  mood: MoodStep,
  goals: GoalsStep,
  urgentNotice: UrgentNoticeScreen,
  review: ReviewScreen,
  result: ResultScreen,
  emergency: EmergencyScreen,
  under18: Under18Screen,
  request: RequestScreen,
  submitting: RequestScreen,
  submitted: SubmittedScreen,
};

interface AppProps {
  /** The machine with its actors provided; tests and the intake service pass their own. */
  logic?: QuestionnaireMachine;
  /** The opt-in "save my progress on this device" (localStorage). */
  storage?: Storage | undefined;
  /** This tab's answers, kept across a reload and the language chosen (sessionStorage). */
  tabStorage?: Storage | undefined;
  /** The language to start in; by default from the address and the browser (see locale.tsx). */
  locale?: Locale;
  /** Set at /embed (see embed.ts); main.tsx reads it from the address. */
  embed?: EmbedContext | undefined;
}

export function App({
  logic = patientMachine,
  storage = safeStorage('localStorage'),
  tabStorage = safeStorage('sessionStorage'),
  locale,
  embed,
}: AppProps) {
  // This tab's answers first (a reload, or Back out of the app and Forward again), else those the
  // patient chose to save on this device.
  const [start] = useState(() => {
    const now = Date.now();
    const onDevice = storage ? loadProgress(storage, now) : null;
    const inTab = tabStorage ? loadProgress(tabStorage, now, 'tab') : null;
    return { saved: inTab ?? onDevice, fromDevice: inTab === null && onDevice !== null, onDevice };
  });
  // Progress saved before the questions changed (answers version 1) cannot be resumed: say so once.
  const [outdated] = useState(() => (storage ? dropOutdatedProgress(storage) : false));
  return (
    <LocaleProvider {...(locale && { initial: locale })}>
      <QuestionnaireContext.Provider
        logic={logic}
        options={start.saved ? { snapshot: resumeSnapshot(start.saved) } : undefined}
      >
        <Shell
          storage={storage}
          tabStorage={tabStorage}
          restored={start.fromDevice}
          keptOnDevice={start.onDevice !== null}
          outdated={outdated}
          embed={embed}
        />
      </QuestionnaireContext.Provider>
    </LocaleProvider>
  );
}

export function safeStorage(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window[kind];
  } catch {
    return undefined;
  }
}

interface ShellProps {
  storage: Storage | undefined;
  tabStorage: Storage | undefined;
  /** The visit resumed answers saved on this device (not merely this tab's, after a reload). */
  restored: boolean;
  /** The patient chose to save progress on this device, and it is there. */
  keptOnDevice: boolean;
  /** Saved progress of an earlier version of the questions was found and dropped. */
  outdated: boolean;
  /** Set at /embed, inside a clinic's page: no page chrome, and the widget protocol. */
  embed: EmbedContext | undefined;
}

function Shell({ storage, tabStorage, restored, keptOnDevice, outdated, embed }: ShellProps) {
  const { t, locale, setLocale } = useLocale();
  const send = useSend();
  const screen = QuestionnaireContext.useSelector((s) => s.value as ScreenId);
  const draft = QuestionnaireContext.useSelector((s) => s.context.draft);
  const [keepProgress, setKeepProgress] = useState(keptOnDevice);
  useStepHistory({ embedded: embed !== undefined });
  // Shown after the first render, so that the page built in advance (index.html) still matches.
  const hydrated = useHydrated();
  const showOutdated = outdated && hydrated;
  const clinicName = usePublicConfig(clinicNameOf);
  const Screen = screens[screen];
  const appRef = useRef<HTMLDivElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  useNoClickThrough(mainRef, screen);
  useEmbedBridge(embed, appRef, screen === 'submitted');

  const pastFirstQuestion = screen !== 'age';
  useEffect(() => {
    // Fetch the result's code while the patient answers; a failure here is retried by the lazy
    // screen itself when it is needed.
    if (pastFirstQuestion) loadResult().catch(() => undefined);
  }, [pastFirstQuestion]);

  const answered = Object.keys(draft).length > 0;
  useEffect(() => {
    if (storage) {
      if (keepProgress) saveProgress(storage, screen, draft, Date.now());
      else clearProgress(storage);
    }
    if (tabStorage) {
      // Kept until the request is sent, or there is nothing to keep.
      if (screen === 'submitted' || !answered) clearProgress(tabStorage, 'tab');
      else saveProgress(tabStorage, screen, draft, Date.now(), 'tab');
    }
  }, [storage, tabStorage, keepProgress, screen, draft, answered]);

  // Leaving or reloading with answers that are not saved on the device asks first. Not once the
  // request is sent, and never in the way of someone told to get emergency care.
  const unsaved = answered && !keepProgress && !['submitted', 'emergency'].includes(screen);
  useEffect(() => {
    if (!unsaved) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers (Chrome before 119) show the prompt only when returnValue is set.
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsaved]);

  const chooseLocale = (code: Locale) => {
    setLocale(code);
    rememberLocale(tabStorage, code);
    // A link with ?lang= now says the language chosen, so the address and the page agree.
    const address = new URL(window.location.href);
    if (!embed && address.searchParams.has('lang')) {
      address.searchParams.set('lang', code);
      window.history.replaceState(window.history.state, '', address);
    }
  };

  const startOver = () => {
    if (answered && !window.confirm(t.app.startOverConfirm)) return;
    if (storage) clearProgress(storage);
    if (tabStorage) clearProgress(tabStorage, 'tab');
    setKeepProgress(false);
    send({ type: 'RESTART' });
  };

  return (
    <div className={`app screen-${screen}`} ref={appRef}>
      <header className="app-header">
        {!embed && <p className="clinic-name">{clinicName ?? t.app.clinicFallback}</p>}
        <div className="language" role="group" aria-label={t.app.language}>
          {locales.map((code) => (
            <button
              key={code}
              type="button"
              lang={code}
              className="button language-option"
              aria-pressed={code === locale}
              onClick={() => chooseLocale(code)}
            >
              {languageNames[code]}
            </button>
          ))}
        </div>
      </header>
      <main className="page" id="main" ref={mainRef}>
        {restored && screen !== 'age' && <p className="notice">{t.app.restored}</p>}
        {showOutdated && screen === 'age' && (
          <p className="notice" role="status">
            {t.app.outdated}
          </p>
        )}
        <Suspense fallback={<p aria-live="polite">…</p>}>
          {Screen && <Screen key={screen === 'submitting' ? 'request' : screen} />}
        </Suspense>
      </main>
      <footer className="app-footer">
        {isResumable(screen) && (
          <div className="save-progress">
            <label>
              <input
                type="checkbox"
                checked={keepProgress}
                onChange={(event) => setKeepProgress(event.target.checked)}
              />
              <span>{t.app.saveProgress}</span>
            </label>
            <p className="hint">{t.app.saveProgressHint}</p>
          </div>
        )}
        {screen !== 'age' && screen !== 'submitted' && (
          <button type="button" className="button link" onClick={startOver}>
            {t.app.startOver}
          </button>
        )}
      </footer>
    </div>
  );
}

/** How long after a screen appears a second click on it is taken as the end of a double one. */
const settleMs = 500;

/**
 * A double tap on Next must not answer the next screen: the second tap lands on whatever stands
 * where Next was (a warning sign, a treatment). For a moment after each new screen, the second
 * click of a double one (detail 2 or more: the browser counts the taps) is stopped before it
 * reaches the screen; a single click, and Enter or Space, always go through.
 */
function useNoClickThrough(main: React.RefObject<HTMLElement | null>, screen: ScreenId) {
  const shownAt = useRef(Number.NEGATIVE_INFINITY);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else shownAt.current = performance.now();
  }, [screen]);
  useEffect(() => {
    const element = main.current;
    if (!element) return;
    const stop = (event: MouseEvent) => {
      if (event.detail > 1 && performance.now() - shownAt.current < settleMs) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    // The press too, or it would still take the focus away from the new heading.
    for (const type of ['mousedown', 'mouseup', 'click'] as const)
      element.addEventListener(type, stop, true);
    return () => {
      for (const type of ['mousedown', 'mouseup', 'click'] as const)
        element.removeEventListener(type, stop, true);
    };
  }, [main]);
}

const subscribeToNothing = () => () => undefined;

/** False while the page built in advance is hydrated (and on the server), true after. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

/** The clinic's name from its public configuration; the generic name until it arrives. */
function clinicNameOf(config: unknown): string | undefined {
  const name = (config as { clinicName?: unknown } | undefined)?.clinicName;
  return typeof name === 'string' ? name : undefined;
}

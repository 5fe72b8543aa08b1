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
import { usePublicConfig } from './public-config';
import { locales, type Locale } from './i18n/catalogue';
import { catalogues, LocaleProvider, useLocale } from './i18n/locale';
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
  storage?: Storage | undefined;
  /** The language to start in; by default from the address and the browser (see locale.tsx). */
  locale?: Locale;
  /** Set at /embed (see embed.ts); main.tsx reads it from the address. */
  embed?: EmbedContext | undefined;
}

export function App({
  logic = patientMachine,
  storage = safeStorage('localStorage'),
  locale,
  embed,
}: AppProps) {
  const [saved] = useState(() => (storage ? loadProgress(storage, Date.now()) : null));
  // Progress saved before the questions changed (answers version 1) cannot be resumed: say so once.
  const [outdated] = useState(() => (storage ? dropOutdatedProgress(storage) : false));
  return (
    <LocaleProvider {...(locale && { initial: locale })}>
      <QuestionnaireContext.Provider
        logic={logic}
        options={saved ? { snapshot: resumeSnapshot(saved) } : undefined}
      >
        <Shell storage={storage} restored={saved !== null} outdated={outdated} embed={embed} />
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
  restored: boolean;
  /** Saved progress of an earlier version of the questions was found and dropped. */
  outdated: boolean;
  /** Set at /embed, inside a clinic's page: no page chrome, and the widget protocol. */
  embed: EmbedContext | undefined;
}

function Shell({ storage, restored, outdated, embed }: ShellProps) {
  const { t, locale, setLocale } = useLocale();
  const send = useSend();
  const screen = QuestionnaireContext.useSelector((s) => s.value as ScreenId);
  const draft = QuestionnaireContext.useSelector((s) => s.context.draft);
  const [keepProgress, setKeepProgress] = useState(restored);
  // Shown after the first render, so that the page built in advance (index.html) still matches.
  const hydrated = useHydrated();
  const showOutdated = outdated && hydrated;
  const clinicName = usePublicConfig(clinicNameOf);
  const Screen = screens[screen];
  const appRef = useRef<HTMLDivElement>(null);
  useEmbedBridge(embed, appRef, screen === 'submitted');

  const pastFirstQuestion = screen !== 'age';
  useEffect(() => {
    // Fetch the result's code while the patient answers; a failure here is retried by the lazy
    // screen itself when it is needed.
    if (pastFirstQuestion) loadResult().catch(() => undefined);
  }, [pastFirstQuestion]);

  useEffect(() => {
    if (!storage) return;
    if (keepProgress) saveProgress(storage, screen, draft, Date.now());
    else clearProgress(storage);
  }, [storage, keepProgress, screen, draft]);

  const startOver = () => {
    if (Object.keys(draft).length > 0 && !window.confirm(t.app.startOverConfirm)) return;
    if (storage) clearProgress(storage);
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
              onClick={() => setLocale(code)}
            >
              {catalogues[code].languageName}
            </button>
          ))}
        </div>
      </header>
      <main className="page" id="main">
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

import { emergencyRedFlags } from '../../rules';
import { ScreenHeading } from '../components/StepLayout';
import { useLocale } from '../i18n/locale';
import { useDraft, useSend } from '../questionnaire-context';

/** Emergency-level red flag: stop, send nothing, and point to 911 and the emergency room. */
export function EmergencyScreen() {
  const { t } = useLocale();
  const draft = useDraft();
  const send = useSend();
  const flags = (draft.redFlags ?? []).filter((flag) =>
    (emergencyRedFlags as readonly string[]).includes(flag),
  );
  return (
    <div className="stop emergency">
      <ScreenHeading>{t.emergency.title}</ScreenHeading>
      <p className="lead">{t.emergency.body}</p>
      <a className="button call" href="tel:911">
        {t.emergency.call}
      </a>
      <p className="lead">{t.emergency.er}</p>
      <h2>{t.emergency.because}</h2>
      <ul>
        {flags.map((flag) => (
          <li key={flag}>{t.steps.redFlags.options[flag]}</li>
        ))}
      </ul>
      <p>{t.emergency.notSent}</p>
      <button type="button" className="button link" onClick={() => send({ type: 'RESTART' })}>
        {t.emergency.mistake}
      </button>
    </div>
  );
}

export function Under18Screen() {
  const { t } = useLocale();
  const send = useSend();
  return (
    <div className="stop">
      <ScreenHeading>{t.under18.title}</ScreenHeading>
      <p className="lead">{t.under18.body}</p>
      <p>{t.under18.next}</p>
      <button type="button" className="button secondary" onClick={() => send({ type: 'RESTART' })}>
        {t.app.startOver}
      </button>
    </div>
  );
}

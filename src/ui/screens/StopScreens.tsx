import { emergencyFlagsIn, infectionRiskIn, urgentFlagsIn } from '../../flows/steps';
import { ScreenHeading } from '../components/StepLayout';
import { useLocale } from '../i18n/locale';
import { useDraft, useSend } from '../questionnaire-context';

/**
 * Emergency: an emergency-level sign, or fever with a weak immune system and back or neck pain.
 * Stop, send nothing, and point to 911 and the emergency room, saying why.
 */
export function EmergencyScreen() {
  const { t } = useLocale();
  const draft = useDraft();
  const send = useSend();
  const flags = emergencyFlagsIn(draft);
  return (
    <div className="stop emergency">
      <ScreenHeading>{t.emergency.title}</ScreenHeading>
      <p className="lead">{t.emergency.body}</p>
      <a className="button call" href="tel:911">
        {t.emergency.call}
      </a>
      <p className="lead">
        {t.emergency.er} <strong>{t.emergency.drive}</strong>
      </p>
      <h2>{t.emergency.because}</h2>
      <ul>
        {flags.map((flag) => (
          <li key={flag}>{t.steps.redFlags.options[flag]}</li>
        ))}
        {infectionRiskIn(draft) && <li>{t.emergency.infectionRisk}</li>}
      </ul>
      <p>{t.emergency.notSent}</p>
      <button type="button" className="button link" onClick={() => send({ type: 'BACK' })}>
        {t.emergency.mistake}
      </button>
    </div>
  );
}

/** Right after the warning signs, when one needs a doctor soon: see one today; the check goes on. */
export function UrgentNoticeScreen() {
  const { t } = useLocale();
  const draft = useDraft();
  const send = useSend();
  const copy = t.urgentNotice;
  return (
    <div className="stop urgent-notice">
      <ScreenHeading>{copy.title}</ScreenHeading>
      <p className="lead">{copy.body}</p>
      <ul>
        {urgentFlagsIn(draft).map((flag) => (
          <li key={flag}>{t.steps.redFlags.options[flag]}</li>
        ))}
      </ul>
      <p>{copy.finish}</p>
      <p>
        <strong>{copy.worse}</strong>
      </p>
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => send({ type: 'BACK' })}>
          {t.app.back}
        </button>
        <button type="button" className="button primary" onClick={() => send({ type: 'CONTINUE' })}>
          {copy.continue}
        </button>
      </div>
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

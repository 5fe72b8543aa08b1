import { applicableSteps, progress } from '../../flows/steps';
import { describeAnswer, reviewPaths } from '../answer-text';
import { Progress, ScreenHeading } from '../components/StepLayout';
import { useLocale } from '../i18n/locale';
import { useDraft, useSend } from '../questionnaire-context';

export function ReviewScreen() {
  const { t } = useLocale();
  const draft = useDraft();
  const send = useSend();
  const part = progress('review', draft);
  return (
    <div className="review">
      <Progress done={part.done} />
      <ScreenHeading caption={t.app.partOf(part.section, part.of, t.app.sections[part.id])}>
        {t.review.title}
      </ScreenHeading>
      <p className="intro">{t.review.intro}</p>
      {applicableSteps(draft).map((s) => (
        <section key={s.id} className="review-section" aria-labelledby={`review-${s.id}`}>
          <div className="review-head">
            <h2 id={`review-${s.id}`}>{t.stepNames[s.id]}</h2>
            <button
              type="button"
              className="button link"
              onClick={() => send({ type: 'EDIT', step: s.id })}
            >
              {t.review.change(t.stepNames[s.id])}
            </button>
          </div>
          <dl>
            {reviewPaths(s, draft).map((path) => {
              const { name, value, values = [] } = describeAnswer(t, draft, path);
              return (
                <div key={path} className="review-row">
                  <dt>{name}</dt>
                  <dd>
                    {values.length > 1 ? (
                      <ul className="answer-list">
                        {values.map((v) => (
                          <li key={v}>{v}</li>
                        ))}
                      </ul>
                    ) : (
                      value
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => send({ type: 'BACK' })}>
          {t.app.back}
        </button>
        <button type="button" className="button primary" onClick={() => send({ type: 'CONFIRM' })}>
          {t.review.confirm}
        </button>
      </div>
    </div>
  );
}

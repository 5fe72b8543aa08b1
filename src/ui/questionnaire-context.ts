import { createActorContext } from '@xstate/react';
import { useCallback } from 'react';
import { questionnaireMachine, type QuestionnaireEvent } from '../flows/questionnaire';

/** The questionnaire actor, shared by every screen; screens read narrow slices with useSelector. */
export const QuestionnaireContext = createActorContext(questionnaireMachine);

export const useDraft = () =>
  QuestionnaireContext.useSelector((snapshot) => snapshot.context.draft);
export function useSend() {
  const actor = QuestionnaireContext.useActorRef();
  return useCallback(
    (event: QuestionnaireEvent) => {
      actor.send(event);
    },
    [actor],
  );
}

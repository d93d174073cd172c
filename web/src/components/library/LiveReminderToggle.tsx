// "Remind me": the signed-in learner asks to be told when a live class is about to start (one
// message, 15 minutes before, by email and KakaoTalk and in the notification centre). Offered
// until the class starts: after that there is nothing left to remind of.
import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../generated';
import { hasErrorCode } from '../../lib/errors';
import { ApiError } from '../ApiError';

export const LiveReminderToggleFragment = graphql(`
  fragment LiveReminderToggle_session on LiveSession {
    id
    startsAt
    remindMe
  }
`);

const RemindMeOfLiveSession = graphql(`
  mutation LiveReminderToggleRemind($sessionId: ID!, $remind: Boolean!) {
    remindMeOfLiveSession(sessionId: $sessionId, remind: $remind) {
      id
      remindMe
    }
  }
`);

/** The learner's wish for one class; the answer updates the cached session, and with it the box. */
function useRemindMeOfLiveSession(sessionId: string) {
  const [remind, state] = useMutation(RemindMeOfLiveSession);
  const setRemind = (wish: boolean) => remind({ variables: { sessionId, remind: wish } });
  return [setRemind, state] as const;
}

interface Props {
  session: FragmentType<typeof LiveReminderToggleFragment>;
  now: Date;
  onSignedOut: () => void;
}

export function LiveReminderToggle({ session: ref, now, onSignedOut }: Props) {
  const session = getFragmentData(LiveReminderToggleFragment, ref);
  const { t } = useTranslation('library');
  const id = useId();
  const [setRemind, { data, error }] = useRemindMeOfLiveSession(session.id);
  // The box follows the click at once; once the server has answered, the cached session decides
  // (the same wish, or the old one back after a refusal).
  const [asked, setAsked] = useState<boolean | null>(null);
  if (now.getTime() >= new Date(session.startsAt).getTime()) return null;
  const wished = asked ?? session.remindMe === true;

  const onChange = (wish: boolean) => {
    setAsked(wish);
    return setRemind(wish)
      .catch((failure: unknown) => {
        if (hasErrorCode(failure, 'UNAUTHENTICATED')) onSignedOut();
      })
      .finally(() => setAsked(null));
  };

  return (
    <div className="live-class__remind">
      <div className="live-class__remind-choice">
        <input
          id={id}
          type="checkbox"
          data-testid="remind-me"
          checked={wished}
          aria-describedby={`${id}-status`}
          onChange={(e) => void onChange(e.target.checked)}
        />
        <label htmlFor={id}>{t('live.remind.label')}</label>
      </div>
      {/* Said once the learner changed it: the box alone already shows a wish kept from before. */}
      <p id={`${id}-status`} role="status" className="muted">
        {data ? t(wished ? 'live.remind.on' : 'live.remind.off') : ''}
      </p>
      {error && !hasErrorCode(error, 'UNAUTHENTICATED') && <ApiError error={error} />}
    </div>
  );
}

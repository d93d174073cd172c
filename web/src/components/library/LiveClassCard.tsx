import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../generated';
import { useLocale } from '../../i18n';
import { hasErrorCode } from '../../lib/errors';
import { formatDateTime, formatDateTimeRange, formatNumber } from '../../lib/format';
import { ApiError } from '../ApiError';
import { LiveReminderToggle } from './LiveReminderToggle';
import { conflictReason, joinWindow } from './liveJoin';

export const LiveClassCardFragment = graphql(`
  fragment LiveClassCard_session on LiveSession {
    id
    title(locale: $locale)
    startsAt
    endsAt
    opensAt
    capacity
    attendeeCount
    hostCity {
      id
      name(locale: $locale)
    }
    ...LiveReminderToggle_session
  }
`);

const JoinLiveSession = graphql(`
  mutation LiveClassCardJoin($id: ID!, $locale: Locale) {
    joinLiveSession(id: $id) {
      joinUrl
      session {
        ...LiveClassCard_session
      }
    }
  }
`);

interface Props {
  session: FragmentType<typeof LiveClassCardFragment>;
  now: Date;
  /** Where to sign in (and come back); null when signed in. */
  signIn: string | null;
  graphQLLocale: 'KO' | 'EN' | 'ZH' | 'VI';
  onSignedOut: () => void;
}

/** A live class: when, who hosts it, seats, a Join button while it is open, and "Remind me" before. */
export function LiveClassCard({ session: ref, now, signIn, graphQLLocale, onSignedOut }: Props) {
  const session = getFragmentData(LiveClassCardFragment, ref);
  const { t } = useTranslation('library');
  const { locale } = useLocale();
  const [join, { data, loading, error }] = useMutation(JoinLiveSession);
  const doors = joinWindow(session, now);
  const joinUrl = data?.joinLiveSession.joinUrl;
  const headingId = `live-${session.id}`;

  const onJoin = () =>
    join({ variables: { id: session.id, locale: graphQLLocale } }).catch((failure: unknown) => {
      if (hasErrorCode(failure, 'UNAUTHENTICATED')) onSignedOut();
    });

  let refusal: string | undefined;
  if (error && hasErrorCode(error, 'CONFLICT'))
    refusal = t(`live.conflict.${conflictReason(session, new Date(), error.message)}`);

  return (
    <li className="card live-class" data-testid="live-class">
      <h2 id={headingId}>{session.title}</h2>
      <dl className="content-facts">
        <div>
          <dt>{t('live.when')}</dt>
          <dd>{formatDateTimeRange(session.startsAt, session.endsAt, locale)}</dd>
        </div>
        <div>
          <dt>{t('live.host')}</dt>
          <dd>{session.hostCity.name}</dd>
        </div>
        <div>
          <dt>{t('live.seats')}</dt>
          <dd>
            {t('live.seatsValue', {
              attendees: formatNumber(session.attendeeCount, locale),
              capacity: formatNumber(session.capacity, locale),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('live.opens')}</dt>
          <dd>{formatDateTime(session.opensAt, locale)}</dd>
        </div>
      </dl>
      <p className="live-class__state">
        <span className={doors === 'open' ? 'tag tag--accent' : 'tag'}>{t(`live.state.${doors}`)}</span>
      </p>
      {signIn ? (
        <p>
          <Link to={signIn}>{t('live.signInToJoin')}</Link>
        </p>
      ) : joinUrl ? (
        <div className="notice notice--success" role="status">
          <p>{t('live.joined')}</p>
          <p>
            <a
              className="button"
              href={joinUrl}
              target="_blank"
              rel="noopener noreferrer"
              data-testid="join-url"
            >
              {t('live.openClass')}
              <span className="live-class__new-window">({t('player.newWindow')})</span>
            </a>
          </p>
        </div>
      ) : (
        <div className="actions">
          <button
            type="button"
            className="button"
            data-testid="join-live"
            disabled={doors !== 'open' || loading}
            aria-describedby={doors === 'open' ? undefined : `${headingId}-why`}
            onClick={() => void onJoin()}
          >
            {loading ? t('live.joining') : t('live.join')}
          </button>
          {doors !== 'open' && (
            <p id={`${headingId}-why`} className="muted">
              {doors === 'notOpen'
                ? t('live.opensAt', { time: formatDateTime(session.opensAt, locale) })
                : t('live.conflict.over')}
            </p>
          )}
        </div>
      )}
      {!signIn && <LiveReminderToggle session={session} now={now} onSignedOut={onSignedOut} />}
      {refusal ? (
        <p className="notice notice--error" role="alert">
          {refusal}
        </p>
      ) : (
        error && !hasErrorCode(error, 'UNAUTHENTICATED') && <ApiError error={error} />
      )}
    </li>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../components/ApiError';
import { RequireRole } from '../../components/RequireRole';
import { graphql } from '../../generated';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { theme } from '../../theme';
import { type ChoosableKind, isChoosableKind, kindKey } from '../notifications/kinds';
import './staffCity.css';

const StaffUndelivered = graphql(`
  query StaffUndelivered($cityId: ID!) {
    deadNotifications(cityId: $cityId, first: 100) {
      id
      kind
      channel
      attempts
      lastError
      diedAt
    }
  }
`);

const StaffUndeliveredRequeue = graphql(`
  mutation StaffUndeliveredRequeue($cityId: ID!, $ids: [ID!]!) {
    requeueDeadNotifications(cityId: $cityId, ids: $ids)
  }
`);

/**
 * The city's messages that could not be delivered (a mailbox that refused them, a provider that
 * kept failing): what and why, never to whom; sent again once the cause is fixed.
 */
export function UndeliveredPage() {
  return (
    <RequireRole roles={['CITY_STAFF']} cityId={theme.cityId}>
      <Undelivered />
    </RequireRole>
  );
}

function Undelivered() {
  const { t } = useTranslation(['staffCity', 'notifications', 'common']);
  usePageTitle(t('undelivered.title'));
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(StaffUndelivered, {
    variables: { cityId: theme.cityId },
    fetchPolicy: 'cache-and-network',
  });
  const [requeue, requeuing] = useMutation(StaffUndeliveredRequeue, { refetchQueries: ['StaffUndelivered'] });
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [sentAgain, setSentAgain] = useState<number | null>(null);
  const dead = data?.deadNotifications ?? [];
  const kindName = (kind: string) =>
    isChoosableKind(kind)
      ? t(`notifications:${kindKey(kind as ChoosableKind)}`)
      : t(`undelivered.accountKind`);

  const toggle = (id: string, on: boolean) => {
    setSentAgain(null);
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };
  const sendAgain = async () => {
    try {
      const result = await requeue({ variables: { cityId: theme.cityId, ids: [...chosen] } });
      setSentAgain(result.data?.requeueDeadNotifications ?? 0);
      setChosen(new Set());
    } catch {
      // shown below
    }
  };

  return (
    <div className="page staff-city" data-testid="undelivered">
      <p>
        <Link to="/staff">{t('undelivered.back')}</Link>
      </p>
      <h1>{t('undelivered.title')}</h1>
      <p>{t('undelivered.intro')}</p>
      {error && !data && <ApiError error={error} onRetry={() => void refetch()} />}
      {loading && !data && <p className="loading">{t('common:loading')}</p>}
      <div role="status">
        {sentAgain !== null && (
          <p className="notice notice--success" data-testid="sent-again">
            {t('undelivered.sentAgain', { count: sentAgain })}
          </p>
        )}
      </div>
      {data && dead.length === 0 && <p data-testid="no-undelivered">{t('undelivered.none')}</p>}
      {dead.length > 0 && (
        <>
          <h2>{t('undelivered.caption', { count: dead.length })}</h2>
          <ul className="staff-city__dead">
            {dead.map((d) => (
              <li key={d.id} data-testid="dead-notification" data-kind={d.kind}>
                <input
                  type="checkbox"
                  id={`dead-${d.id}`}
                  data-testid="choose-dead"
                  checked={chosen.has(d.id)}
                  onChange={(e) => toggle(d.id, e.target.checked)}
                />
                <label htmlFor={`dead-${d.id}`}>
                  <strong>{kindName(d.kind)}</strong> · {t(`undelivered.channels.${d.channel}`)}
                  <span className="staff-city__dead-detail">
                    {t('undelivered.why')}: {d.lastError} ({t('undelivered.attempts', { count: d.attempts })})
                  </span>
                  {d.diedAt && (
                    <span className="staff-city__dead-detail">
                      {t('undelivered.when')}:{' '}
                      <time dateTime={String(d.diedAt)}>{formatDateTime(String(d.diedAt), locale)}</time>
                    </span>
                  )}
                </label>
              </li>
            ))}
          </ul>
          {requeuing.error && <ApiError error={requeuing.error} />}
          <div className="actions">
            <button
              type="button"
              className="button"
              data-testid="send-again"
              disabled={chosen.size === 0 || requeuing.loading}
              onClick={() => void sendAgain()}
            >
              {chosen.size === 0 ? t('undelivered.choose') : t('undelivered.send', { count: chosen.size })}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../generated';
import type { StaffTerm_CourseFragment } from '../../generated/graphql';
import { useLocale } from '../../i18n';
import { hasErrorCode } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { ApiError } from '../ApiError';

const TermMessagesQuery = graphql(`
  query TermMessages($id: ID!) {
    course(id: $id) {
      id
      notificationReach {
        learners
        channels {
          channel
          reached
          pending
          failed
          skipped
        }
      }
      staffMessages {
        id
        message
        sentAt
        recipients
      }
    }
  }
`);

const TermMessagesSend = graphql(`
  mutation TermMessagesSend($courseId: ID!, $message: String!) {
    sendCourseNotice(courseId: $courseId, message: $message) {
      id
      recipients
    }
  }
`);

const maxLength = 1000;
const messageable = new Set(['OPEN', 'CLOSED', 'IN_PROGRESS']);

/**
 * What the course's learners were told and how far it got: reach by channel, the messages its
 * staff sent, and the form to send one (its city's staff only; at most three a day).
 */
export function TermMessages({ course }: { course: StaffTerm_CourseFragment }) {
  const { t } = useTranslation(['staffTerm', 'common']);
  const { locale } = useLocale();
  const messageId = useId();
  const { data, error, refetch } = useQuery(TermMessagesQuery, {
    variables: { id: course.id },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  const [send, sending] = useMutation(TermMessagesSend, { refetchQueries: ['TermMessages'] });
  const [message, setMessage] = useState('');
  const [sentTo, setSentTo] = useState<number | null>(null);
  const reach = data?.course?.notificationReach;
  const messages = data?.course?.staffMessages ?? [];
  const limited = hasErrorCode(sending.error, 'RATE_LIMITED');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSentTo(null);
    try {
      const result = await send({ variables: { courseId: course.id, message: message.trim() } });
      setSentTo(result.data?.sendCourseNotice.recipients ?? 0);
      setMessage('');
    } catch {
      // shown below
    }
  };

  return (
    <section
      className="staff-term__section"
      aria-labelledby="term-messages-title"
      data-testid="term-messages"
    >
      <h2 id="term-messages-title">{t('messages.title')}</h2>
      {error && !data && <ApiError error={error} onRetry={() => void refetch()} />}
      {reach && (
        <table className="staff-term__reach" data-testid="term-reach">
          <caption>{t('messages.reach', { count: reach.learners })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('messages.channel')}</th>
              <th scope="col">{t('messages.reached')}</th>
              <th scope="col">{t('messages.pending')}</th>
              <th scope="col">{t('messages.failed')}</th>
              <th scope="col">{t('messages.skipped')}</th>
            </tr>
          </thead>
          <tbody>
            {reach.channels.map((c) => (
              <tr key={c.channel} data-testid="reach-channel" data-channel={c.channel}>
                <th scope="row">{t(`messages.channels.${c.channel}`)}</th>
                <td data-testid="reach-reached">{c.reached}</td>
                <td>{c.pending}</td>
                <td>{c.failed}</td>
                <td>{c.skipped}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {messageable.has(course.status) && (
        <form className="form staff-term__message-form" onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor={messageId}>{t('messages.label')}</label>
            <p className="field__hint" id={`${messageId}-hint`}>
              {t('messages.hint')}
            </p>
            <textarea
              id={messageId}
              aria-describedby={`${messageId}-hint`}
              data-testid="course-message"
              rows={4}
              maxLength={maxLength}
              value={message}
              onChange={(e) => {
                setSentTo(null);
                setMessage(e.target.value);
              }}
            />
          </div>
          {sending.error &&
            (limited ? (
              <p className="notice notice--error">{t('messages.limited')}</p>
            ) : (
              <ApiError error={sending.error} />
            ))}
          <div className="actions">
            <button
              type="submit"
              className="button"
              data-testid="send-course-message"
              disabled={sending.loading || message.trim() === ''}
            >
              {t('messages.send')}
            </button>
            <span role="status">
              {sentTo !== null && (
                <span className="notice notice--success" data-testid="course-message-sent">
                  {t('messages.sent', { count: sentTo })}
                </span>
              )}
            </span>
          </div>
        </form>
      )}
      {messages.length > 0 && (
        <ul className="staff-term__messages" data-testid="sent-messages">
          {messages.map((m) => (
            <li key={m.id}>
              <p className="staff-term__message-meta">
                <time dateTime={String(m.sentAt)}>{formatDateTime(String(m.sentAt), locale)}</time>{' '}
                {t('messages.recipients', { count: m.recipients })}
              </p>
              <p className="staff-term__message-text">{m.message}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

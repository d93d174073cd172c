import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../generated';
import { errorCodeOf } from '../../lib/errors';
import { ApiError } from '../ApiError';

export const AdminContentRowFragment = graphql(`
  fragment AdminContentRow_content on Content {
    id
    title(locale: $locale)
    kind
    provider
    level
    category
    durationMinutes
  }
`);

const ContentAdminRetire = graphql(`
  mutation ContentAdminRetire($id: ID!) {
    retireContent(id: $id) {
      id
      retiredAt
    }
  }
`);

/** One content of the library with its Edit and Retire (after a confirm step) buttons. */
export function AdminContentRow(props: {
  content: FragmentType<typeof AdminContentRowFragment>;
  onEdit: (id: string) => void;
  onRetired: (title: string) => void;
}) {
  const content = getFragmentData(AdminContentRowFragment, props.content);
  const { t } = useTranslation(['admin', 'common']);
  const [confirming, setConfirming] = useState(false);
  const [retire, { loading, error, reset }] = useMutation(ContentAdminRetire, {
    refetchQueries: ['ContentAdminPageContents'],
  });
  const titleId = `admin-content-${content.id}`;

  const confirm = async () => {
    try {
      await retire({ variables: { id: content.id } });
      setConfirming(false);
      props.onRetired(content.title);
    } catch {
      // said below
    }
  };
  const code = errorCodeOf(error);
  const errorMessage =
    code === 'CONFLICT' ? t('retire.conflict') : code === 'NOT_FOUND' ? t('retire.notFound') : undefined;

  return (
    <li className="card admin-row" data-testid="admin-content-row" aria-labelledby={titleId}>
      <h3 id={titleId} className="admin-row__title">
        {content.title}
      </h3>
      <p className="admin-row__facts">
        <span className="tag">{t(`common:kind.${content.kind}`)}</span>
        <span className="tag">{t(`common:level.${content.level}`)}</span>
        <span className="tag">{t(`common:category.${content.category}`)}</span>
        <span className="muted">
          {content.provider} · {t('common:units.minutes', { count: content.durationMinutes })}
        </span>
      </p>
      {!confirming ? (
        <div className="actions">
          <button
            type="button"
            className="button button--secondary"
            data-testid="edit-content"
            aria-describedby={titleId}
            onClick={() => props.onEdit(content.id)}
          >
            {t('list.edit')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            data-testid="retire-content"
            aria-describedby={titleId}
            onClick={() => {
              reset();
              setConfirming(true);
            }}
          >
            {t('list.retire')}
          </button>
        </div>
      ) : (
        <div className="admin-row__confirm">
          <p>{t('retire.question', { title: content.title })}</p>
          {error && <ApiError error={error} message={errorMessage} />}
          <div className="actions">
            <button
              type="button"
              className="button button--danger"
              data-testid="confirm-retire"
              disabled={loading}
              onClick={() => void confirm()}
            >
              {loading ? t('retire.retiring') : t('retire.confirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('retire.keep')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}

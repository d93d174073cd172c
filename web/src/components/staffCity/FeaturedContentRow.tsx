import { useTranslation } from 'react-i18next';
import type { ContentKind } from '../../generated/graphql';

export interface FeaturedContent {
  id: string;
  title: string;
  kind: ContentKind;
  provider: string;
  durationMinutes: number;
}

/** One featured content, numbered in the city's order, with its up, down and remove buttons. */
export function FeaturedContentRow({
  content,
  position,
  count,
  onMove,
  onRemove,
}: {
  content: FeaturedContent;
  position: number;
  count: number;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation(['staffCity', 'common']);
  const titleId = `featured-${content.id}`;
  return (
    <li className="card featured-row" data-testid="featured-row" aria-labelledby={titleId}>
      <span className="featured-row__position" aria-hidden="true">
        {position}
      </span>
      <div className="featured-row__text">
        <p id={titleId} className="featured-row__title">
          <span className="visually-hidden">{t('featured.position', { position })} </span>
          <span data-testid="featured-title">{content.title}</span>
        </p>
        <p className="muted">
          {t(`common:kind.${content.kind}`)} · {content.provider} ·{' '}
          {t('common:units.minutes', { count: content.durationMinutes })}
        </p>
      </div>
      <div className="featured-row__actions">
        <button
          type="button"
          className="button button--secondary"
          data-move={`${content.id}:-1`}
          aria-label={t('featured.moveUpNamed', { title: content.title })}
          disabled={position === 1}
          onClick={() => onMove(-1)}
          data-testid="move-up"
        >
          <span aria-hidden="true">↑</span> {t('featured.moveUp')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          data-move={`${content.id}:1`}
          aria-label={t('featured.moveDownNamed', { title: content.title })}
          disabled={position === count}
          onClick={() => onMove(1)}
          data-testid="move-down"
        >
          <span aria-hidden="true">↓</span> {t('featured.moveDown')}
        </button>
        <button
          type="button"
          className="button button--secondary featured-row__remove"
          aria-label={t('featured.removeNamed', { title: content.title })}
          onClick={onRemove}
          data-testid="remove-featured"
        >
          {t('featured.remove')}
        </button>
      </div>
    </li>
  );
}

import { useTranslation } from 'react-i18next';
import type { VenueKind } from '../../generated/graphql';
import { groupByDong } from './venueGroups';

export interface ListedVenue {
  id: string;
  name: string;
  kind: VenueKind;
  address: string;
  dong?: string | null;
}

/** The city's venues under the dong each serves, each with its kind, address and an edit button. */
export function VenueGroups({
  venues,
  editing,
  onEdit,
}: {
  venues: readonly ListedVenue[];
  editing: string | null;
  onEdit: (id: string) => void;
}) {
  const { t } = useTranslation('staffCity');
  const groups = groupByDong(venues);
  return (
    <div className="venue-groups">
      {groups.map((group, index) => {
        const heading = group.dong ?? t('venues.noDong');
        const headingId = `venue-dong-${index}`;
        return (
          <section
            key={group.dong ?? ''}
            className="venue-group"
            aria-labelledby={headingId}
            data-testid="venue-group"
            data-dong={group.dong ?? ''}
          >
            <h3 id={headingId} className="venue-group__title">
              {heading}{' '}
              <span className="muted">{t('venues.groupCount', { count: group.venues.length })}</span>
            </h3>
            <ul className="venue-group__list">
              {group.venues.map((venue) => (
                <li
                  key={venue.id}
                  className={editing === venue.id ? 'card venue-card venue-card--editing' : 'card venue-card'}
                  data-testid="venue-card"
                >
                  <div className="venue-card__text">
                    <p className="venue-card__name">{venue.name}</p>
                    <p>
                      <span className="tag">{t(`venueKind.${venue.kind}`)}</span>
                    </p>
                    <p className="venue-card__address" data-testid="venue-address">
                      <span className="visually-hidden">{t('venues.addressLabel')} </span>
                      {venue.address}
                    </p>
                  </div>
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={t('venues.editNamed', { name: venue.name })}
                    onClick={() => onEdit(venue.id)}
                    data-testid="edit-venue"
                  >
                    {t('venues.edit')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

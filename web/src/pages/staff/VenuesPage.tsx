import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../app/Loading';
import { ApiError } from '../../components/ApiError';
import { RequireRole } from '../../components/RequireRole';
import type { SavedVenue } from '../../components/staffCity/useSaveVenue';
import { AddVenue, EditVenue } from '../../components/staffCity/VenueEditors';
import { VenueGroups } from '../../components/staffCity/VenueGroups';
import { graphql } from '../../generated';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useGraphQLLocale } from '../../i18n';
import { theme } from '../../theme';
import './staffCity.css';

const StaffVenues = graphql(`
  query StaffVenues($cityId: ID!, $locale: Locale) {
    city(id: $cityId) {
      id
      name(locale: $locale)
      venues {
        id
        name
        kind
        address
        dong
      }
    }
  }
`);

/** The city's venues by dong, for its staff to add to and keep up to date. */
export function VenuesPage() {
  return (
    <RequireRole roles={['CITY_STAFF']} cityId={theme.cityId}>
      <Venues />
    </RequireRole>
  );
}

type Mode = { kind: 'closed' } | { kind: 'add' } | { kind: 'edit'; id: string };
type Outcome = { kind: 'added' | 'saved'; venue: SavedVenue };

function Venues() {
  const { t } = useTranslation('staffCity');
  usePageTitle(t('venues.title'));
  const { data, loading, error, refetch } = useQuery(StaffVenues, {
    variables: { cityId: theme.cityId, locale: useGraphQLLocale() },
    fetchPolicy: 'cache-and-network',
  });
  const [mode, setMode] = useState<Mode>({ kind: 'closed' });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const modeKey = mode.kind === 'edit' ? mode.id : mode.kind;

  // An opened form is where staff work next; after saving, the outcome is.
  useEffect(() => {
    if (modeKey !== 'closed') formHeading.current?.focus();
  }, [modeKey]);
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  const city = data?.city;
  const venues = city?.venues ?? [];
  const editing = mode.kind === 'edit' ? venues.find((venue) => venue.id === mode.id) : undefined;

  const open = (next: Mode) => {
    setOutcome(null);
    setMode(next);
  };
  const close = () => {
    setMode({ kind: 'closed' });
    window.setTimeout(() => addButton.current?.focus());
  };
  const saved = (kind: Outcome['kind']) => (venue: SavedVenue) => {
    setMode({ kind: 'closed' });
    setOutcome({ kind, venue });
  };

  return (
    <div className="page staff-city" data-testid="staff-venues">
      <h1>{t('venues.title')}</h1>
      <p>{t('venues.intro')}</p>
      <div role="status" aria-live="polite" className="staff-city__status">
        {outcome && (
          <p ref={outcomeRef} tabIndex={-1} className="notice notice--success" data-testid="venue-saved">
            {t(outcome.kind === 'added' ? 'venues.added' : 'venues.saved', {
              name: outcome.venue.name,
              dong: outcome.venue.dong || t('venues.noDong'),
            })}
          </p>
        )}
      </div>
      {mode.kind === 'closed' && (
        <div className="actions">
          <button
            ref={addButton}
            type="button"
            className="button"
            onClick={() => open({ kind: 'add' })}
            data-testid="add-venue"
          >
            {t('venues.add')}
          </button>
        </div>
      )}
      <div
        className={mode.kind === 'closed' ? 'staff-city__body' : 'staff-city__body staff-city__body--form'}
      >
        {mode.kind !== 'closed' && (
          <section className="staff-city__form" aria-labelledby="venue-form-title">
            <h2 id="venue-form-title" ref={formHeading} tabIndex={-1}>
              {mode.kind === 'add'
                ? t('venues.addTitle')
                : t('venues.editTitle', { name: editing?.name ?? '' })}
            </h2>
            {mode.kind === 'add' ? (
              <AddVenue cityId={theme.cityId} onSaved={saved('added')} onCancel={close} />
            ) : editing ? (
              <EditVenue
                key={editing.id}
                cityId={theme.cityId}
                venue={editing}
                onSaved={saved('saved')}
                onCancel={close}
              />
            ) : (
              <p className="notice">{t('venues.gone')}</p>
            )}
          </section>
        )}
        <section aria-labelledby="venue-list-title">
          <h2 id="venue-list-title">
            {city ? t('venues.listTitle', { city: city.name }) : t('venues.listTitleNoCity')}
          </h2>
          {loading && !data ? (
            <Loading />
          ) : error && !data ? (
            <ApiError error={error} onRetry={() => void refetch()} />
          ) : (
            <>
              <p className="muted" data-testid="venue-count">
                {t('venues.count', { count: venues.length })}
              </p>
              {venues.length === 0 ? (
                <p className="notice">{t('venues.empty')}</p>
              ) : (
                <VenueGroups
                  venues={venues}
                  editing={mode.kind === 'edit' ? mode.id : null}
                  onEdit={(id) => open({ kind: 'edit', id })}
                />
              )}
            </>
          )}
        </section>
      </div>
    </div>
  );
}

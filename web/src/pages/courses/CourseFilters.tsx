import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../generated';
import { theme } from '../../theme';
import {
  CATEGORIES,
  type CourseSearch,
  FORMATS,
  oneOf,
  TIMES_OF_DAY,
  toSearchParams,
  WEEKDAYS,
  type Weekday,
} from './courseSearch';

const CourseFiltersVenuesQuery = graphql(`
  query CourseFiltersVenues($cityId: ID!) {
    city(id: $cityId) {
      id
      venues {
        id
        name
        dong
      }
    }
  }
`);

function sortedDongs(venues: ReadonlyArray<{ dong: string | null }>): string[] {
  const dongs = new Set(venues.flatMap((venue) => (venue.dong ? [venue.dong] : [])));
  return [...dongs].sort((a, b) => a.localeCompare(b, 'ko'));
}

/** The filters beside the results; on a phone they fold away behind a "Filters" button. */
export function CourseFilters({
  search: fromAddress,
  onChange,
}: {
  search: CourseSearch;
  onChange: (next: CourseSearch) => void;
}) {
  // The controls show a change at once; the address (and so the results) follows in a transition.
  const [search, setSearch] = useState(fromAddress);
  const address = toSearchParams(fromAddress).toString();
  // Back to what the address says when it changes (back button, "clear filters"); `address` is its value.
  useEffect(() => setSearch(fromAddress), [address]);
  const { t } = useTranslation(['courses', 'common']);
  const id = useId();
  const [open, setOpen] = useState(false);
  const { data } = useQuery(CourseFiltersVenuesQuery, { variables: { cityId: theme.cityId } });
  const venues = data?.city?.venues ?? [];
  const dongs = sortedDongs(venues);
  const set = <K extends keyof CourseSearch>(key: K, value: CourseSearch[K]) => {
    const next = { ...search, [key]: value };
    setSearch(next);
    onChange(next);
  };
  const toggleDay = (day: Weekday, on: boolean) =>
    set(
      'weekdays',
      WEEKDAYS.filter((d) => (d === day ? on : search.weekdays.includes(d))),
    );

  return (
    <div className="course-filters">
      <button
        type="button"
        className="button button--secondary course-filters__toggle"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
      >
        {t('filters.toggle')}
      </button>
      <section
        id={`${id}-panel`}
        className={open ? 'course-filters__panel is-open' : 'course-filters__panel'}
        aria-labelledby={`${id}-heading`}
      >
        <h2 id={`${id}-heading`} className="course-filters__heading">
          {t('filters.heading')}
        </h2>
        <div className="field">
          <label htmlFor={`${id}-category`}>{t('filters.category')}</label>
          <select
            id={`${id}-category`}
            value={search.category ?? ''}
            onChange={(event) => set('category', oneOf(CATEGORIES, event.target.value))}
          >
            <option value="">{t('filters.any')}</option>
            {CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(`common:category.${category}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-format`}>{t('filters.format')}</label>
          <select
            id={`${id}-format`}
            value={search.format ?? ''}
            onChange={(event) => set('format', oneOf(FORMATS, event.target.value))}
          >
            <option value="">{t('filters.any')}</option>
            {FORMATS.map((format) => (
              <option key={format} value={format}>
                {t(`common:format.${format}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="course-filters__check">
          <input
            id={`${id}-open`}
            type="checkbox"
            checked={search.openNow}
            onChange={(event) => set('openNow', event.target.checked)}
          />
          <label htmlFor={`${id}-open`}>{t('filters.openNow')}</label>
        </div>
        <div className="field">
          <label htmlFor={`${id}-dong`}>{t('filters.dong')}</label>
          <select
            id={`${id}-dong`}
            value={search.dong ?? ''}
            onChange={(event) => set('dong', event.target.value || null)}
          >
            <option value="">{t('filters.any')}</option>
            {search.dong && !dongs.includes(search.dong) && (
              <option value={search.dong}>{search.dong}</option>
            )}
            {dongs.map((dong) => (
              <option key={dong} value={dong}>
                {dong}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-venue`}>{t('filters.venue')}</label>
          <select
            id={`${id}-venue`}
            value={search.venueId ?? ''}
            onChange={(event) => set('venueId', event.target.value || null)}
          >
            <option value="">{t('filters.any')}</option>
            {search.venueId && !venues.some((venue) => venue.id === search.venueId) && (
              <option value={search.venueId}>{t('filters.chosenVenue')}</option>
            )}
            {venues.map((venue) => (
              <option key={venue.id} value={venue.id}>
                {venue.dong ? `${venue.name} (${venue.dong})` : venue.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="course-filters__days">
          <legend>{t('filters.weekdays')}</legend>
          <div className="course-filters__day-list">
            {WEEKDAYS.map((day) => (
              <div key={day} className="course-filters__check">
                <input
                  id={`${id}-day-${day}`}
                  type="checkbox"
                  checked={search.weekdays.includes(day)}
                  onChange={(event) => toggleDay(day, event.target.checked)}
                />
                <label htmlFor={`${id}-day-${day}`}>{t(`filters.weekday.${day}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-time`}>{t('filters.timeOfDay')}</label>
          <select
            id={`${id}-time`}
            value={search.timeOfDay ?? ''}
            onChange={(event) => set('timeOfDay', oneOf(TIMES_OF_DAY, event.target.value))}
          >
            <option value="">{t('filters.any')}</option>
            {TIMES_OF_DAY.map((time) => (
              <option key={time} value={time}>
                {t(`filters.time.${time}`)}
              </option>
            ))}
          </select>
        </div>
      </section>
    </div>
  );
}

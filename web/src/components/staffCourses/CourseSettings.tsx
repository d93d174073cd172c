import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../i18n';
import { CATEGORIES, FORMATS } from '../../lib/enums';
import { formatNumber } from '../../lib/format';
import { Field } from '../account/Field';
import { COURSE_RULES, type CourseDraft, ELIGIBILITIES, needsVenue, SELECTIONS } from './courseDraft';

export interface VenueChoice {
  id: string;
  name: string;
  dong: string | null;
}

/** How the course runs: category, format and venue, seats, selection, eligibility, window, completion. */
export function CourseSettings({
  values,
  set,
  errorFor,
  venues,
  formatFixed,
}: {
  values: CourseDraft;
  set: (name: keyof CourseDraft, value: string) => void;
  errorFor: (field: string) => string | undefined;
  venues: readonly VenueChoice[];
  /** Editing: the API does not change a course's format. */
  formatFixed: boolean;
}) {
  const { t } = useTranslation(['staffCourses', 'common']);
  const { locale } = useLocale();
  const atVenue = needsVenue(values.format);
  const venueLabel = (venue: VenueChoice) =>
    venue.dong && !venue.name.includes(venue.dong)
      ? t('form.venueOption', { name: venue.name, dong: venue.dong })
      : venue.name;
  return (
    <>
      <fieldset className="course-form__section">
        <legend>{t('form.how')}</legend>
        <div className="course-form__grid">
          <Field label={t('form.category')} error={errorFor('category')}>
            {(control) => (
              <select {...control} value={values.category} onChange={(e) => set('category', e.target.value)}>
                {CATEGORIES.map((category) => (
                  <option key={category} value={category}>
                    {t(`common:category.${category}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t('form.format')}
            hint={formatFixed ? t('form.formatFixed') : undefined}
            error={errorFor('format')}
          >
            {(control) => (
              <select
                {...control}
                value={values.format}
                disabled={formatFixed}
                onChange={(e) => set('format', e.target.value)}
              >
                {FORMATS.map((format) => (
                  <option key={format} value={format}>
                    {t(`common:format.${format}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field
          label={atVenue ? `${t('form.venue')} *` : t('form.venue')}
          hint={atVenue ? t('form.venueHint') : t('form.venueNotNeeded')}
          error={errorFor('venueId')}
        >
          {(control) => (
            <select
              {...control}
              value={atVenue ? values.venueId : ''}
              disabled={!atVenue}
              onChange={(e) => set('venueId', e.target.value)}
              data-testid="course-venue"
            >
              <option value="">{t('form.venueNone')}</option>
              {venues.map((venue) => (
                <option key={venue.id} value={venue.id}>
                  {venueLabel(venue)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {atVenue && venues.length === 0 && (
          <p className="notice">
            {t('form.noVenues')} <Link to="/staff/venues">{t('form.addVenue')}</Link>
          </p>
        )}
        <div className="course-form__grid">
          <Field
            label={t('form.capacity')}
            hint={t('form.capacityHint', {
              min: COURSE_RULES.capacityMin,
              max: formatNumber(COURSE_RULES.capacityMax, locale),
            })}
            error={errorFor('capacity')}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="numeric"
                className="course-form__short"
                value={values.capacity}
                onChange={(e) => set('capacity', e.target.value)}
                required
                data-testid="course-capacity"
              />
            )}
          </Field>
          <Field label={t('form.selection')} error={errorFor('selection')}>
            {(control) => (
              <select
                {...control}
                value={values.selection}
                onChange={(e) => set('selection', e.target.value)}
              >
                {SELECTIONS.map((selection) => (
                  <option key={selection} value={selection}>
                    {t(`form.selectionOption.${selection}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('form.eligibility')} error={errorFor('eligibility')}>
            {(control) => (
              <select
                {...control}
                value={values.eligibility}
                onChange={(e) => set('eligibility', e.target.value)}
              >
                {ELIGIBILITIES.map((eligibility) => (
                  <option key={eligibility} value={eligibility}>
                    {t(`form.eligibilityOption.${eligibility}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field
          label={t('form.minAttendance')}
          hint={t('form.minAttendanceHint')}
          error={errorFor('minAttendanceRate')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="decimal"
              className="course-form__short"
              value={values.minAttendance}
              onChange={(e) => set('minAttendance', e.target.value)}
            />
          )}
        </Field>
      </fieldset>
      <fieldset className="course-form__section">
        <legend>{t('form.window')}</legend>
        <p className="field__hint">{t('form.windowHint')}</p>
        <div className="course-form__grid">
          <Field label={t('form.opensAt')} error={errorFor('applicationOpensAt')}>
            {(control) => (
              <input
                {...control}
                type="datetime-local"
                value={values.opensAt}
                onChange={(e) => set('opensAt', e.target.value)}
                required
                data-testid="course-opens-at"
              />
            )}
          </Field>
          <Field label={t('form.closesAt')} error={errorFor('applicationClosesAt')}>
            {(control) => (
              <input
                {...control}
                type="datetime-local"
                value={values.closesAt}
                onChange={(e) => set('closesAt', e.target.value)}
                required
                data-testid="course-closes-at"
              />
            )}
          </Field>
        </div>
      </fieldset>
    </>
  );
}

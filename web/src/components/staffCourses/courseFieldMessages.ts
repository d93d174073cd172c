// The API's refusals of a course's fields, said in the staff member's language (its own messages
// are English), from the same rules the hints state (subgraphs/courses/src/rules/courseInput.ts).
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import type { FieldError } from '../account/fieldError';
import { COURSE_RULES, type CourseDraft, draftSessions } from './courseDraft';
import { fromKoreaInput } from './koreaTime';
import { MAX_SESSIONS } from './sessionPlan';

/** The field's name without `input.`, and the session's index for `sessions[2].endsAt`. */
export function fieldName(field: string): { name: string; session: number | null } {
  const name = field.replace(/^input\./, '');
  const session = /^sessions\[(\d+)\]/.exec(name);
  return session ? { name: 'sessions', session: Number(session[1]) } : { name, session: null };
}

export function useCourseFieldMessage(): (refused: FieldError, draft: CourseDraft) => string {
  const { t } = useTranslation(['staffCourses', 'common']);
  const { locale } = useLocale();
  return useCallback(
    ({ field }: FieldError, draft: CourseDraft) => {
      const { name, session } = fieldName(field);
      switch (name) {
        case 'titleKo':
        case 'titleEn':
          return t(`errors.${name}`, { max: COURSE_RULES.title });
        case 'descriptionKo':
        case 'descriptionEn':
          return t(`errors.${name}`, { max: COURSE_RULES.description });
        case 'capacity':
          return t('errors.capacity', {
            min: COURSE_RULES.capacityMin,
            max: formatNumber(COURSE_RULES.capacityMax, locale),
          });
        case 'venueId':
          return t('errors.venue');
        case 'applicationOpensAt':
          return t('errors.opensAt');
        case 'applicationClosesAt': {
          const opens = fromKoreaInput(draft.opensAt);
          const closes = fromKoreaInput(draft.closesAt);
          if (!closes) return t('errors.closesAt');
          return opens && closes <= opens ? t('errors.closesBeforeOpens') : t('errors.closesAfterStart');
        }
        case 'minAttendanceRate':
          return t('errors.minAttendance');
        case 'sessions': {
          if (session !== null) {
            return field.endsWith('.endsAt')
              ? t('errors.sessionEnd', { number: session + 1 })
              : t('errors.sessionTimes', { number: session + 1 });
          }
          return draftSessions(draft).length > MAX_SESSIONS
            ? t('errors.sessionsMany', { max: MAX_SESSIONS })
            : t('errors.sessionsEmpty');
        }
        case 'contentIds':
          return t('errors.contents', { max: COURSE_RULES.ids });
        case 'instructorIds':
          return t('errors.instructors', { max: COURSE_RULES.ids });
        case 'cityId':
          return t('errors.city');
        default:
          return t('common:errors.badInput');
      }
    },
    [t, locale],
  );
}

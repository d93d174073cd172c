// The API's refusals of a content's fields, said in the admin's language (its own messages are
// English), from the same rules the hints state.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../account/fieldError';
import { CONTENT_RULES, type ContentDraft, urlProblem } from './contentDraft';

export function useContentFieldMessage(): (refused: FieldError, draft: ContentDraft) => string {
  const { t } = useTranslation(['admin', 'common']);
  return useCallback(
    ({ field }: FieldError, draft: ContentDraft) => {
      const name = field.replace(/^input\./, '');
      if (name.startsWith('title')) return t('errors.title', { max: CONTENT_RULES.title });
      if (name.startsWith('description')) return t('errors.description', { max: CONTENT_RULES.description });
      switch (name) {
        case 'provider':
          return t('errors.provider', { max: CONTENT_RULES.provider });
        case 'url': {
          const problem = urlProblem(draft.url, draft.kind);
          if (problem === 'youtube') return t('errors.urlYouTube');
          if (problem === 'length') return t('errors.urlLength', { max: CONTENT_RULES.url });
          return t('errors.url');
        }
        case 'durationMinutes':
          return t('errors.duration', { max: CONTENT_RULES.minutes });
        case 'languages':
          return t('errors.languages');
        case 'cityId':
          return t('errors.city');
        default:
          return t('common:errors.badInput');
      }
    },
    [t],
  );
}

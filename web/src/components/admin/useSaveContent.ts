import { useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { graphql } from '../../generated';
import { newIdempotencyKey } from '../courses/enrollmentRules';
import { type ContentDraft, toContentInput } from './contentDraft';

const ContentAdminCreate = graphql(`
  mutation ContentAdminCreate($input: ContentInput!, $idempotencyKey: String, $locale: Locale) {
    createContent(input: $input, idempotencyKey: $idempotencyKey) {
      id
      title(locale: $locale)
    }
  }
`);

const ContentAdminUpdate = graphql(`
  mutation ContentAdminUpdate($id: ID!, $input: ContentInput!, $locale: Locale) {
    updateContent(id: $id, input: $input) {
      id
      title(locale: $locale)
      retiredAt
    }
  }
`);

export interface SavedContent {
  id: string;
  title: string;
}

/**
 * Adds (no `id`) or replaces a content. Each submit attempt carries its own idempotency key: a
 * double click or a repeated request of one attempt adds one content. The library's lists are
 * asked again afterwards.
 */
export function useSaveContent(id?: string) {
  const [create, created] = useMutation(ContentAdminCreate, { refetchQueries: ['ContentAdminPageContents'] });
  const [update, updated] = useMutation(ContentAdminUpdate, { refetchQueries: ['ContentAdminPageContents'] });
  const [localField, setLocalField] = useState<string | null>(null);
  const save = useCallback(
    async (draft: ContentDraft, locale: 'KO' | 'EN' | 'ZH' | 'VI'): Promise<SavedContent | null> => {
      const checked = toContentInput(draft);
      if ('field' in checked) {
        setLocalField(checked.field);
        return null;
      }
      setLocalField(null);
      try {
        if (id) {
          const { data } = await update({ variables: { id, input: checked.input, locale } });
          return data?.updateContent ?? null;
        }
        const key = newIdempotencyKey();
        const { data } = await create({ variables: { input: checked.input, idempotencyKey: key, locale } });
        return data?.createContent ?? null;
      } catch {
        return null; // shown from the mutation's error; what was typed stays
      }
    },
    [id, create, update],
  );
  const state = id ? updated : created;
  return { save, saving: state.loading, error: state.error, localField };
}

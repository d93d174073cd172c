import { useMutation } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import { graphql } from '../../generated';
import { newIdempotencyKey } from '../courses/enrollmentRules';
import { type LiveClassDraft, toLiveSessionInput } from './liveClassDraft';

const StaffScheduleLiveClass = graphql(`
  mutation StaffScheduleLiveClass($input: CreateLiveSessionInput!, $idempotencyKey: String, $locale: Locale) {
    createLiveSession(input: $input, idempotencyKey: $idempotencyKey) {
      id
      title(locale: $locale)
      startsAt
    }
  }
`);

export interface ScheduledLiveClass {
  id: string;
  title: string;
  startsAt: string;
}

/**
 * Schedules a live class of the city. One idempotency key per class until it is scheduled: a retry
 * after a lost answer schedules it once. The live class lists are asked again after.
 */
export function useScheduleLiveClass(cityId: string) {
  const [create, { loading, error }] = useMutation(StaffScheduleLiveClass, {
    refetchQueries: ['StaffLiveSessions', 'LiveClassesPageSessions', 'HomeLiveClasses'],
    awaitRefetchQueries: true,
  });
  const [localField, setLocalField] = useState<string | null>(null);
  const key = useRef<string | null>(null);
  const schedule = useCallback(
    async (draft: LiveClassDraft, locale: 'KO' | 'EN' | 'ZH' | 'VI'): Promise<ScheduledLiveClass | null> => {
      const checked = toLiveSessionInput(draft, cityId);
      if ('field' in checked) {
        setLocalField(checked.field);
        return null;
      }
      setLocalField(null);
      key.current ??= newIdempotencyKey();
      try {
        const { data } = await create({
          variables: { input: checked.input, idempotencyKey: key.current, locale },
        });
        key.current = null;
        return data?.createLiveSession ?? null;
      } catch {
        return null; // said from `error`; what was typed stays
      }
    },
    [cityId, create],
  );
  return { schedule, scheduling: loading, error, localField };
}

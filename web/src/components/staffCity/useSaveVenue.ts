import { useMutation } from '@apollo/client/react';
import { useCallback, useRef } from 'react';
import { graphql } from '../../generated';
import { newIdempotencyKey } from '../courses/enrollmentRules';
import { toCreateVenueInput, toUpdateVenueInput, type VenueDraft } from './venueDraft';

const StaffVenueCreate = graphql(`
  mutation StaffVenueCreate($input: CreateVenueInput!, $idempotencyKey: String) {
    createVenue(input: $input, idempotencyKey: $idempotencyKey) {
      id
      name
      kind
      address
      dong
    }
  }
`);

const StaffVenueUpdate = graphql(`
  mutation StaffVenueUpdate($id: ID!, $input: UpdateVenueInput!) {
    updateVenue(id: $id, input: $input) {
      id
      name
      kind
      address
      dong
    }
  }
`);

export interface SavedVenue {
  id: string;
  name: string;
  dong?: string | null;
}

/**
 * Adds a venue to the city (no `id`) or edits one. An added venue keeps one idempotency key until
 * it is saved, so a retry after a lost answer adds it once. The city's list is asked again after.
 */
export function useSaveVenue(cityId: string, id?: string) {
  const refetchQueries = ['StaffVenues'];
  const [create, created] = useMutation(StaffVenueCreate, { refetchQueries, awaitRefetchQueries: true });
  const [update, updated] = useMutation(StaffVenueUpdate, { refetchQueries, awaitRefetchQueries: true });
  const key = useRef<string | null>(null);
  const save = useCallback(
    async (draft: VenueDraft): Promise<SavedVenue | null> => {
      try {
        if (id) {
          const { data } = await update({ variables: { id, input: toUpdateVenueInput(draft) } });
          return data?.updateVenue ?? null;
        }
        key.current ??= newIdempotencyKey();
        const { data } = await create({
          variables: { input: toCreateVenueInput(draft, cityId), idempotencyKey: key.current },
        });
        key.current = null;
        return data?.createVenue ?? null;
      } catch {
        return null; // shown from the mutation's error; what was typed stays
      }
    },
    [id, cityId, create, update],
  );
  const state = id ? updated : created;
  return { save, saving: state.loading, error: state.error };
}

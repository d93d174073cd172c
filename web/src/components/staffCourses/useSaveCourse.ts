import { useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { graphql } from '../../generated';
import type { CreateCourseInput } from '../../generated/graphql';
import { newIdempotencyKey } from '../courses/enrollmentRules';
import { type CourseDraft, toCreateInput, toUpdateInput } from './courseDraft';

const StaffCourseCreate = graphql(`
  mutation StaffCourseCreate($input: CreateCourseInput!, $idempotencyKey: String) {
    createCourse(input: $input, idempotencyKey: $idempotencyKey) {
      id
      status
    }
  }
`);

const StaffCourseUpdate = graphql(`
  mutation StaffCourseUpdate($id: ID!, $input: UpdateCourseInput!) {
    updateCourse(id: $id, input: $input) {
      id
      status
    }
  }
`);

/**
 * Creates a DRAFT (no `courseId`) or edits one. A new course's form has one idempotency key for
 * as long as it is open: a double click, a retry after a lost answer or a second submit after a
 * refusal create one course. Answers the saved course's id, or null (the error is kept to show).
 */
export function useSaveCourse(cityId: string, courseId?: string) {
  const [create, created] = useMutation(StaffCourseCreate, { refetchQueries: ['StaffCoursesList'] });
  const [update, updated] = useMutation(StaffCourseUpdate, { refetchQueries: ['StaffCoursesList'] });
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [localField, setLocalField] = useState<string | null>(null);
  const save = useCallback(
    async (draft: CourseDraft): Promise<string | null> => {
      const checked = courseId ? toUpdateInput(draft) : toCreateInput(draft, cityId);
      setLocalField('field' in checked ? checked.field : null);
      if ('field' in checked) return null;
      try {
        if (courseId) {
          const { data } = await update({ variables: { id: courseId, input: checked.input } });
          return data?.updateCourse.id ?? null;
        }
        const { data } = await create({
          variables: { input: checked.input as CreateCourseInput, idempotencyKey },
        });
        return data?.createCourse.id ?? null;
      } catch {
        return null; // shown from the mutation's error; what was typed stays
      }
    },
    [cityId, courseId, create, update, idempotencyKey],
  );
  const state = courseId ? updated : created;
  return { save, saving: state.loading, error: state.error, localField };
}

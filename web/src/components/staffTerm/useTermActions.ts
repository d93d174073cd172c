import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../generated';
import { useGraphQLLocale } from '../../i18n';
import { errorCodeOf } from '../../lib/errors';
import type { TermAction } from './termRules';

const StaffTermPublish = graphql(`
  mutation StaffTermPublish($id: ID!, $locale: Locale) {
    publishCourse(id: $id) {
      id
      ...StaffTerm_course
    }
  }
`);

const StaffTermCancel = graphql(`
  mutation StaffTermCancel($id: ID!, $locale: Locale) {
    cancelCourse(id: $id) {
      id
      ...StaffTerm_course
    }
  }
`);

const StaffTermDraw = graphql(`
  mutation StaffTermDraw($id: ID!, $locale: Locale) {
    drawLottery(courseId: $id) {
      id
      ...StaffTerm_course
    }
  }
`);

const StaffTermFinish = graphql(`
  mutation StaffTermFinish($id: ID!, $locale: Locale) {
    finishCourse(id: $id) {
      id
      ...StaffTerm_course
    }
  }
`);

export type ActionState =
  | { status: 'idle' }
  | { status: 'running'; action: TermAction }
  | { status: 'done'; action: TermAction }
  | { status: 'refused'; action: TermAction; error: unknown };

/**
 * Publish, cancel, draw and finish, each one call whose answer is the course as it now is (the
 * page updates from it). Whatever changes applicants reloads their lists; a CONFLICT reloads the
 * course too, since someone else may have changed it.
 */
export function useTermActions(courseId: string) {
  const client = useApolloClient();
  const locale = useGraphQLLocale();
  const applicantLists = { refetchQueries: ['StaffTermEnrollments'], awaitRefetchQueries: true };
  const [publish] = useMutation(StaffTermPublish);
  const [cancel] = useMutation(StaffTermCancel, applicantLists);
  const [drawLottery] = useMutation(StaffTermDraw, applicantLists);
  const [finish] = useMutation(StaffTermFinish, applicantLists);
  const [state, setState] = useState<ActionState>({ status: 'idle' });

  const run = async (action: TermAction): Promise<boolean> => {
    setState({ status: 'running', action });
    const options = { variables: { id: courseId, locale } };
    try {
      if (action === 'publish') await publish(options);
      else if (action === 'cancel') await cancel(options);
      else if (action === 'draw') await drawLottery(options);
      else await finish(options);
      setState({ status: 'done', action });
      return true;
    } catch (error) {
      setState({ status: 'refused', action, error });
      if (errorCodeOf(error) === 'CONFLICT') {
        void client.refetchQueries({ include: ['StaffTermCourse', 'StaffTermEnrollments'] });
      }
      return false;
    }
  };

  return { run, state, reset: () => setState({ status: 'idle' }) };
}

// Mutations that end or change sessions, seen on their way through this gateway: it forgets what
// it remembered of the learner's sessions at once, so that here the old token stops working on the
// very next request (other gateway instances follow within the session-check window).
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode, type ValueNode } from 'graphql';
import type { GatewayContext } from './context.ts';

/** Root mutations that end or change the caller's own sessions or roles. */
const endsOwnSessions = new Set(['signOut', 'signOutEverywhere', 'changePassword', 'deleteMyAccount']);
/** Root mutations that change another learner's roles, named by their `learnerId` argument. */
const changesRolesOf = new Set(['revokeRole', 'grantRole']);

function stringValue(value: ValueNode | undefined, variables: Record<string, unknown> | undefined) {
  if (value?.kind === Kind.STRING) return value.value;
  if (value?.kind === Kind.VARIABLE) {
    const given = variables?.[value.name.value];
    return typeof given === 'string' ? given : null;
  }
  return null;
}

/** The learners whose remembered sessions a mutation makes stale (none for anything but a mutation). */
export function learnersWithChangedSessions(
  operation: OperationDefinitionNode,
  callerId: string | undefined,
  variables: Record<string, unknown> | undefined,
): string[] {
  if (operation.operation !== 'mutation') return [];
  const learners: string[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const field = selection.name.value;
    if (endsOwnSessions.has(field) && callerId) learners.push(callerId);
    if (changesRolesOf.has(field)) {
      const argument = selection.arguments?.find((a) => a.name.value === 'learnerId');
      const learnerId = stringValue(argument?.value, variables);
      if (learnerId) learners.push(learnerId);
    }
  }
  return learners;
}

export function sessionEndsPlugin(forget: (learnerId: string) => void): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, contextValue, request }) {
          if (!operation) return;
          for (const learnerId of learnersWithChangedSessions(
            operation,
            contextValue.caller?.id,
            request.variables,
          )) {
            forget(learnerId);
          }
        },
      };
    },
  };
}

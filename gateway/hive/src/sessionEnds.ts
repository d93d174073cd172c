// After a mutation that ends or changes sessions (sign-out, a password change, a role revoked),
// this instance forgets what it remembered of them, as our Apollo gateway does (gateway/src
// sessionEnds.ts decides whose).
import { learnersWithChangedSessions } from '@baeumteo/gateway/sessionEnds';
import type { GatewayPlugin } from '@graphql-hive/gateway';
import { getOperationAST } from 'graphql';
import type { HiveContext } from './context.ts';

export function useSessionEnds(forget: (learnerId: string) => void): GatewayPlugin<HiveContext> {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone() {
          const operation = getOperationAST(args.document, args.operationName);
          if (!operation) return;
          const callerId = args.contextValue.caller?.id;
          for (const learnerId of learnersWithChangedSessions(
            operation,
            callerId,
            args.variableValues ?? {},
          )) {
            forget(learnerId);
          }
        },
      };
    },
  };
}

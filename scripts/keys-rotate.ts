// `pnpm keys:rotate [name ...] [--print]`: replaces signing keys (all of them, or those named:
// gateway, learners, courses, content, history, token, credential). The replaced public keys stay accepted
// (credential keys for ever, so that every certificate still verifies offline; the others for one
// more rotation, long enough for what they signed to expire).
//   Embedded default: rewrites the data directory's keys.json; restart the platform afterwards.
//   Deployments (--print, NODE_ENV=production, or keys given in the environment): prints the new
//   values from the current ones. Give each verifier its new BAEUMTEO_<NAME>_JWKS first, then the
//   signer its new BAEUMTEO_<NAME>_KEY: both keys are accepted in between.
import { parseArgs } from 'node:util';
import {
  dataDirOf,
  jwksVariable,
  type KeyName,
  keyNames,
  keyVariable,
  rotatedVariables,
  rotateKeyFile,
} from '@baeumteo/server';

/** Which process signs with each key, and which verify it. */
const holders: Record<KeyName, { signer: string; verifiers: string }> = {
  gateway: { signer: 'gateway', verifiers: 'learners, courses, content, history, notifications' },
  learners: { signer: 'learners', verifiers: 'history, notifications' },
  courses: { signer: 'courses', verifiers: 'content, history, notifications' },
  content: { signer: 'content', verifiers: 'history, notifications' },
  token: { signer: 'learners', verifiers: 'gateway (which publishes it)' },
  history: { signer: 'history', verifiers: 'notifications' },
  credential: { signer: 'history', verifiers: 'gateway (which publishes it for every verifier)' },
};

const say = (line = '') => process.stdout.write(`${line}\n`);
const env = process.env;
const { values, positionals } = parseArgs({
  options: { print: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const isKeyName = (name: string): name is KeyName => (keyNames as readonly string[]).includes(name);
const unknown = positionals.filter((name) => !isKeyName(name));
if (unknown.length > 0) {
  say(`keys:rotate: unknown key ${unknown.join(', ')}; the keys are ${keyNames.join(', ')}`);
  process.exit(2);
}
const names = positionals.length > 0 ? positionals.filter(isKeyName) : [...keyNames];
const deployment =
  values.print ||
  env.NODE_ENV === 'production' ||
  keyNames.some((name) => env[keyVariable(name)] || env[jwksVariable(name)]);

if (deployment) {
  const variables = rotatedVariables(env, names);
  say('# New key values (private keys: keep them in your secret store, never in a repository).');
  say('# 1. Give each verifier its *_JWKS, 2. then the signer its *_KEY, 3. restart them in that order.');
  for (const name of names) {
    const { signer, verifiers } = holders[name];
    say();
    say(`# ${name}: signed by ${signer}, verified by ${verifiers}`);
    say(`${jwksVariable(name)}='${variables[jwksVariable(name)]}'`);
    say(`${keyVariable(name)}='${variables[keyVariable(name)]}'`);
  }
} else {
  const rotated = rotateKeyFile(env, names);
  say(`keys:rotate: new keys in ${dataDirOf(env)}/keys.json (the replaced public keys stay accepted):`);
  for (const { name, kid } of rotated) say(`  ${name.padEnd(10)} kid ${kid}`);
  say('Restart the platform (pnpm start) for every process to use them.');
}

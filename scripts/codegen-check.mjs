// `pnpm codegen:check`: regenerates every generated GraphQL type and fails when that changed a
// committed file or added one, i.e. when someone changed an SDL or a document without `pnpm codegen`.
import { execFileSync } from 'node:child_process';

const generated = ['subgraphs/*/src/generated', 'web/src/generated'];
execFileSync('pnpm', ['codegen'], { stdio: ['ignore', 'ignore', 'inherit'] });
const changed = execFileSync('git', ['status', '--porcelain', '--', ...generated], {
  encoding: 'utf8',
}).trim();
if (changed) {
  console.error(`Generated types are stale; run \`pnpm codegen\` and commit the result:\n${changed}`);
  process.exit(1);
}
console.log('Generated GraphQL types are up to date.');

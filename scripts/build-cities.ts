// `pnpm build:cities`: the city site built for every skin in web/cities/ (each into
// web/dist/<city>/) plus one city without a folder (suwon, in the default skin). Fails when any
// build fails. Then shows that an unknown city is refused with a readable message.
//   GRAPHQL_URL=https://api.example.kr/graphql pnpm build:cities
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const webDir = new URL('../web/', import.meta.url).pathname;
const vite = join(webDir, 'node_modules/vite/bin/vite.js');
const DEFAULT_SKINNED = 'suwon';

const skins = readdirSync(join(webDir, 'cities'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'default')
  .map((entry) => entry.name)
  .sort();
const cities = [...skins, DEFAULT_SKINNED];

function say(line: string) {
  process.stdout.write(`${line}\n`);
}

function build(city: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: webDir,
      // Captured output: without colour codes unless it goes to a terminal.
      env: { ...process.env, CITY: city, ...(process.stdout.isTTY ? {} : { NO_COLOR: '1' }) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    child.on('close', (code) => resolve({ code, output }));
  });
}

function sizeOf(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stats = statSync(join(dir, name));
    if (stats.isFile()) {
      files++;
      bytes += stats.size;
    }
  }
  return { files, bytes };
}

const failed: string[] = [];
say(
  `Building the city site for ${cities.join(', ')} (GRAPHQL_URL=${process.env.GRAPHQL_URL || 'the default'})`,
);
for (const city of cities) {
  const started = Date.now();
  const { code, output } = await build(city);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const skin = existsSync(join(webDir, 'cities', city, 'theme.json')) ? 'own skin' : 'default skin';
  const outDir = join(webDir, 'dist', city);
  if (code === 0 && existsSync(join(outDir, 'index.html'))) {
    const { files, bytes } = sizeOf(outDir);
    say(
      `  ok    ${city.padEnd(10)} ${skin.padEnd(12)} ${`web/dist/${city}/`.padEnd(20)} ${files} files, ${(bytes / 1024).toFixed(0)} KB, ${seconds} s`,
    );
  } else {
    failed.push(city);
    say(`  FAIL  ${city.padEnd(10)} ${skin.padEnd(12)} exit code ${code}, ${seconds} s`);
    say(output.trim().replace(/^/gm, '        '));
  }
}

// The refusal a deployment with a typo in CITY gets: one readable line, no build.
const unknown = await build('nowhere');
const message = unknown.output
  .split('\n')
  .find((line) => line.includes('baeumteo web build:'))
  ?.trim();
if (unknown.code !== 0 && message) {
  say(`  ok    CITY=nowhere is refused (exit code ${unknown.code}):`);
  say(`        ${message.length > 200 ? `${message.slice(0, 200)}...` : message}`);
} else {
  say(`  WARN  CITY=nowhere was not refused with a message (exit code ${unknown.code}):`);
  say(unknown.output.trim().replace(/^/gm, '        '));
}

if (failed.length > 0) {
  say(`build:cities: ${failed.length} of ${cities.length} builds failed: ${failed.join(', ')}`);
  process.exit(1);
}
say(`build:cities: ${cities.length} cities built.`);

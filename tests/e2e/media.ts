// A real media file for the player tests: a WAV of silence the site serves from its own origin
// (the YouTube and provider sites are out of reach here).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes `<root>/media/<name>.wav`, `seconds` long (8 kHz, 8-bit mono); returns its path on the site. */
export function writeSilence(root: string, name: string, seconds: number): string {
  const rate = 8000;
  const samples = rate * seconds;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + samples, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16); // fmt chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate, 28); // bytes per second
  header.writeUInt16LE(1, 32); // block align
  header.writeUInt16LE(8, 34); // bits per sample
  header.write('data', 36);
  header.writeUInt32LE(samples, 40);
  mkdirSync(join(root, 'media'), { recursive: true });
  writeFileSync(join(root, 'media', `${name}.wav`), Buffer.concat([header, Buffer.alloc(samples, 0x80)]));
  return `/media/${name}.wav`;
}

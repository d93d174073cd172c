// Every string exists in every language: the same keys, the plural forms each language's CLDR
// rules need, and the same {{placeholders}}.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_LOCALES } from './locale';

const dir = new URL('./messages/', import.meta.url).pathname;
const namespaces = readdirSync(dir);
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  const out: Record<string, string> = {};
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    Object.assign(out, flatten(child, prefix ? `${prefix}.${key}` : key));
  }
  return out;
}

function messagesOf(namespace: string, locale: string): Record<string, string> {
  return flatten(JSON.parse(readFileSync(join(dir, namespace, `${locale}.json`), 'utf8')));
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe.each(namespaces)('messages of %s', (namespace) => {
  const korean = messagesOf(namespace, 'ko');
  const baseKeys = (messages: Record<string, string>) =>
    [...new Set(Object.keys(messages).map((key) => key.replace(PLURAL, '')))].sort();

  it.each(APP_LOCALES)('%s has every key, with its plural forms and placeholders', (locale) => {
    const messages = messagesOf(namespace, locale);
    expect(baseKeys(messages)).toEqual(baseKeys(korean));
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const key of Object.keys(korean)) {
      const base = key.replace(PLURAL, '');
      if (key !== base) {
        for (const category of categories) {
          if (category === 'zero' || category === 'two' || category === 'few' || category === 'many')
            continue;
          expect(messages, `${namespace}:${base}_${category} (${locale})`).toHaveProperty([
            `${base}_${category}`,
          ]);
        }
      }
      const own = messages[key] ?? messages[`${base}_other`];
      expect(own, `${namespace}:${key} (${locale})`).toBeTruthy();
      expect(placeholders(own ?? ''), `${namespace}:${key} (${locale})`).toEqual(
        placeholders(korean[key] ?? ''),
      );
    }
  });
});

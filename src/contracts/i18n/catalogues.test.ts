import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditActions, isAuditAction } from '../audit.js';
import { catalogues, en, flattenKeys, nl } from './index.js';
import type { MessageNode } from './index.js';

const srcDir = fileURLToPath(new URL('../..', import.meta.url));
const catalogueDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * Values that are the same word in Dutch and English on purpose: the product name and the
 * languages' own names in the language switch. Keep this list short.
 */
const sameInBothLanguages = new Set(['Verzuim', 'Nederlands', 'English (UK)']);

/** Words that give away an English text in the Dutch catalogue. */
const englishGiveaways = /\b(the|and|your|please|with|password|settings|loading|error|log out)\b/i;

/**
 * Keys that are built at run time instead of written as one literal. A key with one of these
 * prefixes counts as used when the rule beside it finds its code as a literal in src/server (or in
 * src/contracts, whose request schemas the server validates with):
 * - `errors.<code>`: the server throws errors with `code: '<code>'` and translates the message
 *   by code (the web shows the translated `message`), so `<code>` must be a literal in src/server.
 * - `errors.field.<code>`: validation issue codes (Zod's `too_small`, `invalid_type`, …) mapped
 *   by the server's error handler; `<code>` or `field.<code>` must be a literal in src/server.
 * - `audit.actions.<action>`: the names of the audit actions, looked up by the logged action;
 *   `<action>` must be one of `auditActions`.
 * Writing the full key as a literal anywhere in src/web or src/server always counts as use.
 */
const dynamicPrefixes: { prefix: string; usedIn: (rest: string, server: string) => boolean }[] = [
  {
    prefix: 'errors.field.',
    usedIn: (rest, server) => hasLiteral(server, rest) || hasLiteral(server, `field.${rest}`),
  },
  { prefix: 'errors.', usedIn: (rest, server) => hasLiteral(server, rest) },
  { prefix: 'audit.actions.', usedIn: (rest) => isAuditAction(rest) },
];

function hasLiteral(source: string, value: string): boolean {
  return ["'", '"', '`'].some((quote) => source.includes(`${quote}${value}${quote}`));
}

function sourceFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    if (!/\.(ts|tsx)$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return [];
    if (path.startsWith(catalogueDir)) return [];
    return [path];
  });
}

function readAll(dir: string): string {
  return sourceFiles(dir)
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}

function leaves(obj: MessageNode, prefix = ''): [string, string][] {
  return Object.entries(obj).flatMap(([key, value]): [string, string][] => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    return typeof value === 'string' ? [[path, value]] : leaves(value, path);
  });
}

function valueOf(obj: MessageNode, key: string): string | undefined {
  let node: string | MessageNode | undefined = obj;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1] ?? '').sort();
}

describe('message catalogues', () => {
  const nlKeys = flattenKeys(nl).sort();
  const enKeys = flattenKeys(en).sort();

  it('has exactly the same keys in Dutch and English, every one a non-empty text', () => {
    expect(enKeys).toEqual(nlKeys);
    for (const [locale, catalogue] of Object.entries(catalogues)) {
      for (const [key, value] of leaves(catalogue)) {
        expect(value.trim(), `${locale}: ${key}`).not.toBe('');
      }
    }
  });

  it('uses the same {{placeholders}} for each key in both languages', () => {
    for (const key of nlKeys) {
      expect(placeholders(valueOf(en, key) ?? ''), key).toEqual(
        placeholders(valueOf(nl, key) ?? ''),
      );
    }
  });

  it('uses every key somewhere in src/web or src/server', () => {
    const server = `${readAll(join(srcDir, 'server'))}\n${readAll(join(srcDir, 'contracts'))}`;
    const all = `${readAll(join(srcDir, 'web'))}\n${server}`;
    const unused = nlKeys.filter((key) => {
      if (hasLiteral(all, key)) return false;
      const dynamic = dynamicPrefixes.find(({ prefix }) => key.startsWith(prefix));
      return !dynamic?.usedIn(key.slice(dynamic.prefix.length), server);
    });
    expect(unused, 'keys not found as a literal in src/web or src/server').toEqual([]);
  });

  it('names every audit action in both languages', () => {
    for (const action of auditActions) {
      expect(valueOf(nl, `audit.actions.${action}`), action).toBeTruthy();
      expect(valueOf(en, `audit.actions.${action}`), action).toBeTruthy();
    }
  });

  it('has no English left in the Dutch catalogue', () => {
    const untranslated = nlKeys.filter((key) => {
      const value = valueOf(nl, key) ?? '';
      return !sameInBothLanguages.has(value) && value === valueOf(en, key);
    });
    expect(untranslated, 'Dutch text equal to English').toEqual([]);
    const english = leaves(nl)
      .filter(([, value]) => englishGiveaways.test(value))
      .map(([key]) => key);
    expect(english, 'Dutch text with English words').toEqual([]);
  });
});

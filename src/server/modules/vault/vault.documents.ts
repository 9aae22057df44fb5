import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { type VaultDocumentName, vaultDocumentNames } from '../../../contracts/vault.js';

/**
 * The four agreements of the datakluis (Beheerdersovereenkomsten) as versioned text files beside
 * this module (`documents/<document>.<version>.md`). A published version is never edited: a change
 * is a new file and a new entry below, so a signature's SHA-256 keeps matching the text signed.
 * The texts are Dutch only: they are legal documents, not user-interface text.
 */
export const vaultDocuments = vaultDocumentNames;
export type VaultDocument = VaultDocumentName;

/** Every version of each document, oldest first; the last one is current. */
const versions: Record<VaultDocument, readonly string[]> = {
  user_agreement: ['2026-1'],
  sla: ['2026-1'],
  licence_terms: ['2026-1'],
  service_description: ['2026-1'],
};

export function isVaultDocument(value: string): value is VaultDocument {
  return (vaultDocuments as readonly string[]).includes(value);
}

export function versionsOf(document: VaultDocument): readonly string[] {
  return versions[document];
}

export function currentVersionOf(document: VaultDocument): string {
  const list = versions[document];
  const current = list[list.length - 1];
  if (!current) throw new Error(`no version of ${document}`);
  return current;
}

// The same relative path from src/ (tsx, tests) and dist/ (build): the files stay in src.
const folder = new URL('../../../../src/server/modules/vault/documents/', import.meta.url);

export type DocumentText = {
  document: VaultDocument;
  version: string;
  text: string;
  sha256: string;
};

/** The text of one version, or undefined for a version that does not exist. */
export async function readDocument(
  document: VaultDocument,
  version: string,
): Promise<DocumentText | undefined> {
  if (!versions[document].includes(version)) return undefined;
  const text = await readFile(new URL(`${document}.${version}.md`, folder), 'utf8');
  return {
    document,
    version,
    text,
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
  };
}

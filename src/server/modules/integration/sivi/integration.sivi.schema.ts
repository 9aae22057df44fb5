import { readFileSync } from 'node:fs';
import { loadXsdSchema, type XsdSchema } from '../../../platform/xml/xml.js';

/** The copy of the standard (schema/README.md), from src/ also when running from dist/. */
const schemaFile = new URL(
  '../../../../../src/server/modules/integration/sivi/schema/Verzuimmeldingen.xsd',
  import.meta.url,
);

let loaded: XsdSchema | undefined;

/**
 * The SIVI Verzuimmeldingen 2024.0 schema, loaded into libxml2 once per process on first use
 * and kept for every later message (parsing the XSD costs far more than a validation).
 */
export function verzuimmeldingenSchema(): XsdSchema {
  loaded ??= loadXsdSchema(readFileSync(schemaFile));
  return loaded;
}

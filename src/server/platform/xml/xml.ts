import { type ErrorDetail, XmlDocument, XmlError, XmlParseError, XsdValidator } from 'libxml2-wasm';

/** One reason a document was refused, at the line (and column) libxml2 reports; 0 when unknown. */
export type XmlProblem = { line: number; column: number; message: string };

export type XmlValidation = { valid: true } | { valid: false; problems: XmlProblem[] };

/** At most this many problems are reported for one document: the first ones tell enough. */
const maxProblems = 50;

function problemsOf(details: readonly ErrorDetail[], fallback: string): XmlProblem[] {
  const problems = details.slice(0, maxProblems).map((detail) => ({
    line: detail.line,
    column: detail.col,
    message: detail.message.trim(),
  }));
  return problems.length > 0 ? problems : [{ line: 0, column: 0, message: fallback }];
}

/**
 * An XML Schema (XSD) loaded once into libxml2 (WASM, in-process), validating any number of
 * documents. Each document is parsed without network access and without entity substitution
 * (libxml2's defaults), validated, and freed again; `dispose` frees the schema itself.
 */
export type XsdSchema = {
  validate(document: Uint8Array | string): XmlValidation;
  dispose(): void;
};

/** Parses the XSD text; throws when it is no valid schema (a programming error, not input). */
export function loadXsdSchema(xsd: Uint8Array | string): XsdSchema {
  const schemaDocument =
    typeof xsd === 'string' ? XmlDocument.fromString(xsd) : XmlDocument.fromBuffer(xsd);
  let validator: XsdValidator;
  try {
    validator = XsdValidator.fromDoc(schemaDocument);
  } catch (error) {
    schemaDocument.dispose();
    throw error;
  }
  let disposed = false;
  return {
    validate(document) {
      if (disposed) throw new Error('The XSD schema was disposed');
      let parsed: XmlDocument;
      try {
        parsed =
          typeof document === 'string'
            ? XmlDocument.fromString(document)
            : XmlDocument.fromBuffer(document);
      } catch (error) {
        if (error instanceof XmlParseError) {
          return { valid: false, problems: problemsOf(error.details, error.message) };
        }
        throw error;
      }
      try {
        validator.validate(parsed);
        return { valid: true };
      } catch (error) {
        // An invalid document (XmlValidateError, with details) or one libxml2 cannot validate
        // at all, such as an entity reference it was told not to substitute: refused either way.
        if (error instanceof XmlError) {
          const details = 'details' in error ? (error.details as ErrorDetail[]) : [];
          return { valid: false, problems: problemsOf(details, error.message) };
        }
        throw error;
      } finally {
        parsed.dispose();
      }
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      validator.dispose();
      schemaDocument.dispose();
    },
  };
}

import { afterAll, describe, expect, it } from 'vitest';
import { loadXsdSchema } from './xml.js';

const xsd = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test"
  xmlns="urn:test" elementFormDefault="qualified">
  <xs:element name="Note">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="To" type="xs:string"/>
        <xs:element name="Percentage">
          <xs:simpleType>
            <xs:restriction base="xs:decimal">
              <xs:pattern value="[0-9]{1,3}[.][0-9]{2}"/>
            </xs:restriction>
          </xs:simpleType>
        </xs:element>
      </xs:sequence>
    </xs:complexType>
  </xs:element>
</xs:schema>`;

const schema = loadXsdSchema(xsd);
afterAll(() => schema.dispose());

describe('the XSD validator', () => {
  it('accepts a document that follows the schema, as text and as bytes', () => {
    const document = '<Note xmlns="urn:test"><To>Tove</To><Percentage>50.00</Percentage></Note>';
    expect(schema.validate(document)).toEqual({ valid: true });
    expect(schema.validate(new TextEncoder().encode(document))).toEqual({ valid: true });
  });

  it('refuses a value against a facet, naming the line of the element', () => {
    const document = [
      '<Note xmlns="urn:test">',
      '  <To>Tove</To>',
      '  <Percentage>50</Percentage>',
      '</Note>',
    ].join('\n');
    const result = schema.validate(document);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.problems[0]?.line).toBe(3);
    expect(result.problems[0]?.message).toMatch(/Percentage/);
  });

  it('refuses a missing element and an element out of order', () => {
    expect(schema.validate('<Note xmlns="urn:test"><To>Tove</To></Note>').valid).toBe(false);
    expect(
      schema.validate('<Note xmlns="urn:test"><Percentage>1.00</Percentage><To>x</To></Note>')
        .valid,
    ).toBe(false);
  });

  it('refuses a document that is not well-formed, with the line of the fault', () => {
    const result = schema.validate('<Note xmlns="urn:test">\n<To>Tove</Too>\n</Note>');
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.problems[0]?.line).toBe(2);
  });

  it('refuses a document with an external entity and never reads it', () => {
    const document = `<?xml version="1.0"?>
<!DOCTYPE Note [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<Note xmlns="urn:test"><To>&secret;</To><Percentage>1.00</Percentage></Note>`;
    const result = schema.validate(document);
    expect(result.valid).toBe(false);
    // Without entity substitution the reference stays a reference: nothing from the file.
    expect(JSON.stringify(result)).not.toMatch(/root:/);
  });

  it('refuses to validate after dispose, and dispose twice is harmless', () => {
    const other = loadXsdSchema(xsd);
    other.dispose();
    other.dispose();
    expect(() => other.validate('<Note xmlns="urn:test"/>')).toThrow(/disposed/);
  });

  it('throws on a schema that is no XSD', () => {
    expect(() => loadXsdSchema('<not-a-schema/>')).toThrow();
  });
});

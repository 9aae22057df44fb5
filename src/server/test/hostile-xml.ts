/**
 * Hostile variants of a valid XML message (`xml`, starting with its XML declaration): what an
 * uploaded XML file must never be able to do to the server. Each adds a DOCTYPE; the value is
 * the whole document.
 */
export function hostileXml(xml: string, element: string): Record<string, string> {
  const withDoctype = (subset: string, reference?: string) => {
    const declared = xml.replace(
      /^(<\?xml[^>]*\?>\s*)/,
      `$1<!DOCTYPE ${element} [\n${subset}\n]>\n`,
    );
    return reference === undefined
      ? declared
      : declared.replace(new RegExp(`(<${element}[^>]*>)`), `$1${reference}`);
  };
  /** Ten levels of ten: "lol" a billion times, from a few hundred bytes. */
  const laughs = [
    '<!ENTITY lol0 "lol">',
    ...Array.from(
      { length: 9 },
      (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level};`.repeat(10)}">`,
    ),
  ].join('\n');
  return {
    'billion laughs, referenced': withDoctype(laughs, '&lol9;'),
    'billion laughs, only declared': withDoctype(laughs),
    'an external entity (XXE)': withDoctype(
      '<!ENTITY secret SYSTEM "file:///etc/passwd">',
      '&secret;',
    ),
    'an external DTD': xml.replace(
      /^(<\?xml[^>]*\?>\s*)/,
      `$1<!DOCTYPE ${element} SYSTEM "http://127.0.0.1:9/evil.dtd">\n`,
    ),
    'a parameter entity': withDoctype('<!ENTITY % remote SYSTEM "file:///etc/passwd"> %remote;'),
  };
}

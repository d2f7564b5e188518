// XML text that any parser accepts, whatever a document's author typed: GEXF and GraphML both use it.

/**
 * What XML 1.0 cannot carry at all, not even as a character reference: C0 controls but tab, LF and CR,
 * U+FFFE, U+FFFF and unpaired surrogates. They become U+FFFD, the replacement character.
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlChars(text: string): string {
  return text.replace(FORBIDDEN, '\uFFFD');
}

// Line ends as references: a parser normalises tab, LF and CR away in attributes and CR in text,
// and XML 1.1 parsers (xmldom among them) also NEL and LINE SEPARATOR.
const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\u0085': '&#133;',
  '\u2028': '&#8232;',
};

/** Safe both as element text and as a quoted attribute value, and read back unchanged. */
export function escapeXml(text: string): string {
  return xmlChars(text).replace(/[&<>"'\t\n\r\u0085\u2028]/g, (c) => REFERENCES[c] as string);
}

/** NEL and LINE SEPARATOR as references in a whole document, for writers that leave them raw. */
export function referenceLineSeparators(xml: string): string {
  return xml.replace(/[\u0085\u2028]/g, (c) => REFERENCES[c] as string);
}

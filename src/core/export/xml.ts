// XML text that any parser accepts, whatever a document's author typed: GEXF and GraphML both use it.

/**
 * What XML 1.0 cannot carry at all, not even as a character reference: C0 controls but tab, LF and CR,
 * U+FFFE, U+FFFF and unpaired surrogates. They become U+FFFD, the replacement character.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlChars(text: string): string {
  return text.replace(FORBIDDEN, '\uFFFD');
}

// Tab, LF and CR as references: a parser normalises them away in attributes and CR in text.
const REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** Safe both as element text and as a quoted attribute value, and read back unchanged. */
export function escapeXml(text: string): string {
  return xmlChars(text).replace(/[&<>"'\t\n\r]/g, (c) => REFERENCES[c] as string);
}

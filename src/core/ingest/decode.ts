// Bytes to text: UTF-8 with or without BOM, any line ending normalised to \n so line numbers
// stay right; binary and invalid UTF-8 are refused with a reason rather than guessed at.
export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeText(bytes: Uint8Array): Decoded {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, reason: 'binary file (NUL bytes)' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: 'invalid UTF-8' };
  }
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}

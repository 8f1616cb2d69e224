/**
 * Go's encoding/json output for the two JSON documents ICS-20 puts on the wire (packet data and
 * acknowledgements), byte for byte: ibc-go v8 writes both through the Cosmos SDK's MustSortJSON, i.e.
 * Go's json.Marshal of a map — keys sorted by bytes, no spaces, and strings escaped the Go way:
 * `<`, `>`, `&`, U+2028 and U+2029 as \u003c \u003e \u0026 \u2028 \u2029; `"` and `\` with a
 * backslash; \b \f \n \r \t short (Go ≥ 1.22; ibc-go v8.8.0's simd here is built with Go 1.26);
 * other control characters as \u00XX (lower-case hex); everything else, non-ASCII included, as UTF-8.
 * A lone UTF-16 surrogate (which no UTF-8 input can produce) becomes \ufffd, as Go writes invalid UTF-8.
 */
const SHORT: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function goJsonString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    if (SHORT[ch] !== undefined) out += SHORT[ch];
    else if (c < 0x20 || ch === '<' || ch === '>' || ch === '&' || c === 0x2028 || c === 0x2029) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      out += ch + s[i + 1];
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) out += '\\ufffd';
    else out += ch;
  }
  return `${out}"`;
}

/** A flat object of strings as Go's json.Marshal writes a map[string]string: keys in byte order. */
export function goJsonObject(fields: Record<string, string>): string {
  const keys = Object.keys(fields).sort((a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));
  return `{${keys.map((k) => `${goJsonString(k)}:${goJsonString(fields[k])}`).join(',')}}`;
}

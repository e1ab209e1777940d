/**
 * TextDecoder("windows-1252") as the WHATWG Encoding Standard defines it.
 * Node >= 20.18.3 decodes windows-1252 as Latin-1 on its one-shot fast path (0x80 → U+0080
 * instead of €; nodejs/node#60888, #56542). The streaming path goes through ICU and is
 * right, so decode with { stream: true } and flush.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const decoder = new TextDecoder("windows-1252");
  return decoder.decode(bytes, { stream: true }) + decoder.decode();
}

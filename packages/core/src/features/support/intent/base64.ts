/**
 * Base64 through `btoa`/`atob`, which every runtime core supports (Node, browsers, edge workers), where
 * `Buffer` exists only in Node. Typed arrays are stored little-endian, as every supported platform is.
 */
export function encodeBase64(bytes: Uint8Array): string {
  const chunkSize = 0x8000;
  let binary = "";
  for (let start = 0; start < bytes.length; start += chunkSize) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunkSize));
  }
  return btoa(binary);
}

/** Throws on text that is not base64, which callers turn into their own typed error. */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

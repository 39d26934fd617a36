/** Normalises any header shape into a plain record with lower-cased names. */
export function headersToRecord(headers: Headers | Record<string, string> | undefined | null): Record<string, string> {
  if (headers == null) return {};
  const record: Record<string, string> = {};
  if (headers instanceof Headers) {
    headers.forEach((value, key) => {
      record[key.toLowerCase()] = value;
    });
    return record;
  }
  for (const [key, value] of Object.entries(headers)) record[key.toLowerCase()] = String(value);
  return record;
}

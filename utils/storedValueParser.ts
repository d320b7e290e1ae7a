/** What a zod schema's `safeParse` answers. */
interface SafeParser<T> {
  safeParse(stored: unknown): { success: true; data: T } | { success: false };
}

/**
 * The parse of a value another context (or an older release) stored: the value as the schema
 * reads it, or null when it is malformed, so the reader falls back to the value's default.
 */
export function storedValueParser<T>(schema: SafeParser<T>): (stored: unknown) => T | null {
  return (stored) => {
    const parsed = schema.safeParse(stored);
    return parsed.success ? parsed.data : null;
  };
}

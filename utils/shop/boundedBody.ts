/**
 * A response body read only up to a bound: a hostile or broken server can stream without
 * end, and the worker must not hold what it sends (docs/SECURITY.md, "a hostile server").
 */

/** The body was longer than its bound: nothing of it is used. */
export class BodyTooLargeError extends Error {}

/** The body, refused past `maxBytes` (declared or counted) without reading further. */
export async function readBoundedBody(response: Response, maxBytes: number): Promise<Blob> {
  const reader = response.body?.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let length = 0;
  let tooLarge = Number(response.headers.get('content-length')) > maxBytes;
  while (reader && !tooLarge) {
    const { done, value } = await reader.read();
    if (done) return new Blob(chunks);
    length += value.byteLength;
    tooLarge = length > maxBytes;
    chunks.push(value as Uint8Array<ArrayBuffer>);
  }
  await reader?.cancel().catch(() => undefined);
  if (tooLarge) throw new BodyTooLargeError(`the answer is larger than ${maxBytes} bytes: not read`);
  return new Blob(chunks);
}

/** The body as JSON, read up to `maxBytes`; throws on a longer body or on text that is not JSON. */
export async function readBoundedJson(response: Response, maxBytes: number): Promise<unknown> {
  return JSON.parse(await (await readBoundedBody(response, maxBytes)).text()) as unknown;
}

/** Syrian phone numbers in the forms the shop uses: 09…, 9639…, +9639…. */
const PHONE = /(?:\+?963|0)9\d{8}/g;
/** A user name and password inside a URL (`https://user:pw@host`). */
const URL_CREDENTIALS = /\/\/[^/\s@]+@/g;
/** JWTs, wherever they appear. */
const JWT = /eyJ[\w-]+\.[\w-]+\.[\w-]+/g;

/**
 * Makes text safe to send to support: the session token (JWT or opaque) and anything
 * shaped like a JWT become `[token]`, credentials in a URL `[credentials]`, phone numbers
 * keep only their last two digits.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let safe = text;
  for (const secret of secrets) if (secret) safe = safe.split(secret).join('[token]');
  return safe
    .replace(URL_CREDENTIALS, '//[credentials]@')
    .replace(JWT, '[token]')
    .replace(PHONE, (phone) => `${'•'.repeat(phone.length - 2)}${phone.slice(-2)}`);
}

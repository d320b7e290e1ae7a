import { SignJWT, jwtVerify } from 'jose';
import type { Account } from './accounts';

const THIRTY_DAYS_S = 30 * 24 * 60 * 60;

export interface TokenOptions {
  secret: string;
  /**
   * Reproduces the production defect: the server signs `sub` as an integer, and the JWT
   * library it pins refuses a non-string `sub` when decoding its own token.
   */
  integerSubDefect: boolean;
  /** Lifetime of issued JWTs, for tests of expiry; 30 days like the real server. */
  jwtLifetimeSeconds?: number;
}

export class TokenAuthority {
  private readonly key: Uint8Array;
  private readonly revoked = new Set<string>();

  constructor(
    private readonly accounts: readonly Account[],
    private readonly options: TokenOptions,
  ) {
    this.key = new TextEncoder().encode(options.secret);
  }

  set integerSubDefect(on: boolean) {
    this.options.integerSubDefect = on;
  }

  get integerSubDefect(): boolean {
    return this.options.integerSubDefect;
  }

  async issue(account: Account): Promise<string> {
    if (account.opaqueToken) return account.opaqueToken;
    const lifetime = this.options.jwtLifetimeSeconds ?? THIRTY_DAYS_S;
    return new SignJWT({ sub: account.id as unknown as string })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setExpirationTime(Math.floor(Date.now() / 1000) + lifetime)
      .sign(this.key);
  }

  revoke(token: string): void {
    this.revoked.add(token);
  }

  /** The account a token belongs to, or null when the server would answer 401. */
  async resolve(token: string | null | undefined): Promise<Account | null> {
    if (!token || this.revoked.has(token)) return null;
    const opaque = this.accounts.find((account) => account.opaqueToken === token);
    if (opaque) return opaque;
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'] });
      if (this.options.integerSubDefect && typeof payload.sub !== 'string') return null;
      const id = Number(payload.sub);
      return this.accounts.find((account) => account.id === id) ?? null;
    } catch {
      return null;
    }
  }
}

import type { RejectionReason, RetryProblem } from './connectionStatus';
import { probeAccount, probeServerHealth, type ProbedCredentials } from './serverProbes';

export type Diagnosis = { kind: 'retry'; problem: RetryProblem } | { kind: 'reject'; reason: RejectionReason };

/** The credentials a diagnosis probes: see `ProbedCredentials`. */
export type DiagnosedCredentials = ProbedCredentials;

/**
 * A browser sees every refused handshake as close code 1006, exactly like a network
 * failure. Cheap HTTP probes tell them apart: `/ws/status` (server up, URL right, live route
 * there?), the order list when it is not (the shop's API all the same?) and `/auth/me` (token
 * valid, account staff?).
 */
export async function diagnoseHandshakeFailure(
  fetchImpl: typeof fetch,
  credentials: DiagnosedCredentials,
  now: number,
): Promise<Diagnosis> {
  const health = await probeServerHealth(fetchImpl, credentials.apiBaseUrl, { token: credentials.token });
  switch (health.kind) {
    case 'unreachable':
      return { kind: 'retry', problem: 'serverUnreachable' };
    case 'serverError':
      return { kind: 'retry', problem: 'serverError' };
    case 'wrongUrl':
      return { kind: 'reject', reason: 'wrongUrl' };
  }
  const liveRoute = health.kind === 'up';

  const account = await probeAccount(fetchImpl, credentials, now);
  switch (account.kind) {
    case 'unreachable':
      return { kind: 'retry', problem: 'serverUnreachable' };
    case 'refused':
      // The list asks no token: an employee refused by the server's own defect still gets every order.
      if (!liveRoute && account.reason === 'serverDefect') return { kind: 'retry', problem: 'noLiveRoute' };
      return { kind: 'reject', reason: account.reason };
    case 'unexpected':
      return { kind: 'retry', problem: 'serverError' };
    case 'notStaff':
      return { kind: 'reject', reason: 'notStaff' };
    case 'inactive':
      return { kind: 'reject', reason: 'accountInactive' };
    case 'staff':
      // Server up, URL right, token good, staff: the route is missing, or something between refuses the upgrade.
      return { kind: 'retry', problem: liveRoute ? 'upgradeRefused' : 'noLiveRoute' };
  }
}

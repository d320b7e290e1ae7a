import type { CheckResult, DiagnosticDeps } from './diagnosticTypes';
import { runLocalChecks } from './localChecks';
import { runNetworkChecks } from './networkChecks';

/**
 * Runs the network checks in order (each needs the one before to pass), with the checks
 * of this computer (notifications, sound, dedupe store) alongside, and reports every
 * result as soon as it is known. Ends with every check reported exactly once.
 */
export async function runDiagnostics(deps: DiagnosticDeps, report: (result: CheckResult) => void): Promise<void> {
  await Promise.all([runNetworkChecks(deps, report), runLocalChecks(deps, report)]);
}

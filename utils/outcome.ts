/**
 * A step that can fail for a known reason: what it made, or the problem. Extra fields of a
 * failure (a `detail`) are added by intersection where the outcome is used.
 */
export type Outcome<Made extends object, Problem> = ({ ok: true } & Made) | { ok: false; problem: Problem };

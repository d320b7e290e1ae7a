/**
 * How a step that failed is reported while the order still alerts: a module takes `failed` and
 * names its own step, `.catch(failed('the order notification'))`. The worker's logs it to the
 * event log (`{kind: 'failure', what, error}`, `workerLog`); pages have `inBackground` instead.
 */
export type Failed = (what: string) => (error: unknown) => void;

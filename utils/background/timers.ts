/** The global timers, as the `setTimeout`/`clearTimeout` pair the pure modules take as dependencies. */
export const browserTimers = {
  setTimeout: (callback: () => void, ms: number): unknown => setTimeout(callback, ms),
  clearTimeout: (handle: unknown): void => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

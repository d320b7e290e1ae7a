import type { CoalescedTaskDeps } from '../../utils/coalescedTask';
import { browserTimers } from '../../utils/timers';

/** A write-behind's timers in a test (the global ones: fake where the test installs them); a failed write warns. */
export const writeBehind: CoalescedTaskDeps = {
  ...browserTimers,
  failed: (what) => (error) => console.warn(`${what} failed:`, error),
};

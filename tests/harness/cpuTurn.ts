import type { Fixtures } from '@playwright/test';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Tests run two at a time (playwright.config.ts), and a few measure the extension under a load that
 * a second browser beside them would distort (a flood of orders with a deadline). Those run alone:
 * `takeTurn(true)` waits until no other test runs and keeps new ones waiting; every other test takes a
 * shared turn with `takeTurn(false)`. Across the worker processes through files in `.tmp/locks`:
 * `alone` (a directory: creating it is atomic) and one `running-<pid>` file per worker running a test.
 */
const LOCKS = resolve(import.meta.dirname, '../../.tmp/locks');
const ALONE = join(LOCKS, 'alone');
const CHECK_EVERY_MS = 100;

/** Removes what a previous run may have left (call once, before any test). */
export function clearTurns(): void {
  rmSync(LOCKS, { recursive: true, force: true });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Whether a test of another worker process is running (a dead worker's marker does not count). */
const othersRunning = () =>
  readdirSync(LOCKS).some((name) => {
    const pid = Number(/^running-(\d+)$/.exec(name)?.[1]);
    return pid && pid !== process.pid && alive(pid);
  });

async function until(condition: () => boolean, deadline: number, what: string): Promise<void> {
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`waited too long for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, CHECK_EVERY_MS));
  }
}

/** Waits for this test's turn (bounded by `waitMs`); returns the function that ends it. */
export async function takeTurn(alone: boolean, waitMs = 150_000): Promise<() => void> {
  mkdirSync(LOCKS, { recursive: true });
  const deadline = Date.now() + waitMs;
  const tryAlone = () => {
    try {
      mkdirSync(ALONE);
      return true;
    } catch {
      return false;
    }
  };
  if (alone) {
    await until(tryAlone, deadline, 'another test running alone');
    try {
      await until(() => !othersRunning(), deadline, 'the other tests to finish');
    } catch (error) {
      rmSync(ALONE, { recursive: true, force: true });
      throw error;
    }
    return () => rmSync(ALONE, { recursive: true, force: true });
  }
  const mine = join(LOCKS, `running-${process.pid}`);
  for (;;) {
    await until(() => !existsSync(ALONE), deadline, 'a test running alone');
    writeFileSync(mine, '');
    // A test that must run alone may have claimed its turn in between: it waits for this marker.
    if (!existsSync(ALONE)) return () => rmSync(mine, { force: true });
    rmSync(mine, { force: true });
  }
}

/** The fixtures that give every test its turn, for both browsers' test worlds. */
export interface TurnFixtures {
  /**
   * Runs the test with no other test beside it (they run two at a time): for a test that measures the
   * extension under load, or one that writes a machine-wide policy file. `test.use({ runsAlone: true })`.
   */
  runsAlone: boolean;
  /** This test's turn to run, held from before its backend until after. */
  turn: void;
}

export const turnFixtures: Fixtures<TurnFixtures> = {
  runsAlone: [false, { option: true }],
  turn: [
    async ({ runsAlone }, use) => {
      const end = await takeTurn(runsAlone);
      try {
        await use();
      } finally {
        end();
      }
    },
    // Waiting for the other worker's test to end is not this test's time.
    { auto: true, timeout: 180_000 },
  ],
};

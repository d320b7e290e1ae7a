import { describe, expect, it } from 'vitest';
import { storageWrites } from '../../../utils/background/storageWrites';
import type { StorageProblem } from '../../../utils/diagnostics/storageProblem';
import type { NewEvent } from '../../../utils/diagnostics/eventLog';

describe('storageWrites', () => {
  it('turns a failed write into one logged event and a published problem, cleared when writes work again', async () => {
    const logged: NewEvent[] = [];
    const published: (StorageProblem | null)[] = [];
    const writes = storageWrites({
      failed: (what) => (error) => void logged.push({ kind: 'failure', what, error: String(error) }),
      publish: async (problem) => void published.push(problem),
      now: () => 5,
    });
    const full = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    await writes.save('the order list', full);
    await writes.save('the order list', full);
    expect(logged).toEqual([
      { kind: 'failure', what: 'saving the order list', error: 'Error: QUOTA_BYTES quota exceeded' },
    ]);
    expect(published.at(-1)).toEqual({ at: 5, failing: ['the order list'] });
    await writes.save('the order list', async () => undefined);
    expect(published.at(-1)).toBeNull();
  });
});

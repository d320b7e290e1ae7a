import { describe, expect, it } from 'vitest';
import { offscreenDocumentKeeper } from '../../../utils/platform/alertSoundPlayer';

describe('offscreenDocumentKeeper', () => {
  it('creates the one offscreen document once for concurrent callers, and again after Chrome closed it', async () => {
    let exists = false;
    let created = 0;
    const ensure = offscreenDocumentKeeper({
      exists: async () => exists,
      create: async () => {
        created += 1;
        exists = true;
      },
    });
    await Promise.all([ensure(), ensure(), ensure()]);
    expect(created).toBe(1);
    await ensure();
    expect(created).toBe(1);
    // Chrome closes an audio document after 30 s of silence.
    exists = false;
    await ensure();
    expect(created).toBe(2);
  });
});

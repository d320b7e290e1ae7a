import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toolbarButton } from '../../../utils/background/toolbarButton';

describe('toolbarButton', () => {
  beforeEach(() => fakeBrowser.reset());

  it('counts unseen orders on the badge', async () => {
    toolbarButton(fakeBrowser as never, () => () => undefined).setBadgeText('3');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
  });

  it('reports a browser call that throws instead of throwing into the connection', () => {
    const errors: unknown[] = [];
    // The fake browser's setIcon throws synchronously, as a broken browser API might.
    const toolbar = toolbarButton(fakeBrowser as never, () => (error) => void errors.push(error));
    expect(() => toolbar.showConnection({ state: 'connecting', since: 0 }, 'en', 0)).not.toThrow();
    expect(errors).toHaveLength(1);
  });
});

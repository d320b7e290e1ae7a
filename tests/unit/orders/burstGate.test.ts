import { describe, expect, it } from 'vitest';
import { BURST_WINDOW_MS, BurstGate } from '../../../utils/orders/burstGate';

describe('BurstGate', () => {
  it('lets three orders in 2 s pop up singly, and makes the fourth start a summary of all four', () => {
    const gate = new BurstGate();
    expect([1, 2, 3].map((id) => gate.admit(id, id * 100).kind)).toEqual(['single', 'single', 'single']);
    expect(gate.admit(4, 400)).toEqual({ kind: 'burst', orderIds: [1, 2, 3, 4], started: true });
    expect(gate.admit(5, 500)).toEqual({ kind: 'burst', orderIds: [1, 2, 3, 4, 5], started: false });
  });

  it('keeps a burst going while orders keep coming, and ends it after 2 s of calm', () => {
    const gate = new BurstGate();
    for (let id = 1; id <= 4; id++) gate.admit(id, id * 100);
    expect(gate.admit(5, 400 + BURST_WINDOW_MS - 1).kind).toBe('burst');
    expect(gate.admit(6, 400 + 3 * BURST_WINDOW_MS).kind).toBe('single');
  });

  it('never groups orders that arrive at a steady, readable pace', () => {
    const gate = new BurstGate();
    const kinds = Array.from({ length: 20 }, (_, index) => gate.admit(index, index * 700).kind);
    expect(new Set(kinds)).toEqual(new Set(['single']));
  });
});

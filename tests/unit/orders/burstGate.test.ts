import { describe, expect, it } from 'vitest';
import { BURST_WINDOW_MS, BurstGate, SUMMARY_LISTED } from '../../../utils/orders/burstGate';
import { sampleOrder } from '../sampleOrder';

const order = (id: number) => sampleOrder({ id });
const ids = (summary: ReturnType<BurstGate['admit']>) =>
  summary.kind === 'burst'
    ? { count: summary.count, listed: summary.listed.map((o) => o.id), replacing: summary.replacing }
    : summary.kind;

describe('BurstGate', () => {
  it('lets three orders in 2 s pop up singly, and makes the fourth start a summary of all four', () => {
    const gate = new BurstGate();
    expect([1, 2, 3].map((id) => gate.admit(order(id), id * 100).kind)).toEqual(['single', 'single', 'single']);
    expect(ids(gate.admit(order(4), 400))).toEqual({ count: 4, listed: [1, 2, 3, 4], replacing: [1, 2, 3] });
    expect(ids(gate.admit(order(5), 500))).toEqual({ count: 5, listed: [1, 2, 3, 4, 5], replacing: [] });
  });

  it('keeps a burst going while orders keep coming, and ends it after 2 s of calm', () => {
    const gate = new BurstGate();
    for (let id = 1; id <= 4; id++) gate.admit(order(id), id * 100);
    expect(gate.admit(order(5), 400 + BURST_WINDOW_MS - 1).kind).toBe('burst');
    expect(gate.admit(order(6), 400 + 3 * BURST_WINDOW_MS).kind).toBe('single');
  });

  it('never groups orders that arrive at a steady, readable pace', () => {
    const gate = new BurstGate();
    const kinds = Array.from({ length: 20 }, (_, index) => gate.admit(order(index + 1), index * 700).kind);
    expect(new Set(kinds)).toEqual(new Set(['single']));
  });

  it('in a flood, counts every order but keeps only the first few', () => {
    const gate = new BurstGate();
    let last = gate.admit(order(1), 0);
    for (let id = 2; id <= 10_000; id++) last = gate.admit(order(id), id / 10);
    expect(last).toMatchObject({ kind: 'burst', count: 10_000 });
    expect(last.kind === 'burst' && last.listed).toHaveLength(SUMMARY_LISTED);
  });
});

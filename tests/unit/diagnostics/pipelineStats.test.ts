import { describe, expect, it } from 'vitest';
import { pipelineCounter, type PipelineStats } from '../../../utils/diagnostics/pipelineStats';
import { writeBehind } from '../writeBehind';

describe('pipelineCounter', () => {
  it('counts since the browser started: a restarted worker adds to what the stopped one stored', async () => {
    let saved: PipelineStats | null = null;
    const stored: PipelineStats = { orders: { announced: 5 }, ignoredFrames: { notJson: 1 }, recovered: 2 };
    const counter = pipelineCounter(
      async () => stored,
      async (stats) => void (saved = structuredClone(stats)),
      writeBehind,
    );
    counter.order('announced');
    counter.recovered();
    counter.degradedFields(['customer_phone']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(saved).toEqual({
      orders: { announced: 6 },
      ignoredFrames: { notJson: 1 },
      degradedFields: { customer_phone: 1 },
      recovered: 3,
    });
  });
});

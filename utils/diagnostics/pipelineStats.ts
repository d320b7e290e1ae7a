import * as z from 'zod/mini';
import { coalescedTask } from '../coalescedTask';
import { IGNORED_FRAME_REASONS, type IgnoredFrameReason } from '../connection/parseServerFrame';
import { PIPELINE_OUTCOMES, type PipelineOutcome } from '../orders/pipelineOutcomes';

/** What happened to every frame and order since the browser started: for diagnosis and the benchmark. */
export const pipelineStatsSchema = z.object({
  orders: z.partialRecord(z.enum(PIPELINE_OUTCOMES), z.number()),
  ignoredFrames: z.partialRecord(z.enum(IGNORED_FRAME_REASONS), z.number()),
  /** Orders announced with a field missing or converted, by field name: the server's shape drifting. */
  degradedFields: z.optional(z.record(z.string(), z.number())),
});
export type PipelineStats = z.infer<typeof pipelineStatsSchema>;

export function parsePipelineStats(stored: unknown): PipelineStats | null {
  const parsed = pipelineStatsSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

const WRITE_DELAY_MS = 200;

/** Counts order outcomes and ignored frames in memory; writes them behind, a burst in one write. */
export function pipelineCounter(save: (stats: PipelineStats) => Promise<unknown>) {
  const stats: PipelineStats = { orders: {}, ignoredFrames: {} };
  const writer = coalescedTask(() => save(stats), WRITE_DELAY_MS);
  return {
    order(outcome: PipelineOutcome): void {
      stats.orders[outcome] = (stats.orders[outcome] ?? 0) + 1;
      writer.schedule();
    },
    degradedFields(fields: readonly string[]): void {
      const counts = (stats.degradedFields ??= {});
      for (const field of fields) counts[field] = (counts[field] ?? 0) + 1;
      writer.schedule();
    },
    ignoredFrame(reason: IgnoredFrameReason): void {
      stats.ignoredFrames[reason] = (stats.ignoredFrames[reason] ?? 0) + 1;
      writer.schedule();
    },
  };
}

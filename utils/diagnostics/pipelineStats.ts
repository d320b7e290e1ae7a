import * as z from 'zod/mini';
import { coalescedTask, type CoalescedTaskDeps } from '../coalescedTask';
import { IGNORED_FRAME_REASONS, type IgnoredFrameReason } from '../connection/parseServerFrame';
import { PIPELINE_OUTCOMES, type PipelineOutcome } from '../orders/orderPipeline';
import { storedValueParser } from '../storedValueParser';

/** A count for each of these keys, any of them absent (plain objects: no record type needed). */
const countsOf = <K extends string>(keys: readonly K[]) =>
  z.object(
    Object.fromEntries(keys.map((key) => [key, z.optional(z.number())])) as Record<
      K,
      z.ZodMiniOptional<z.ZodMiniNumber>
    >,
  );

/** What happened to every frame and order since the browser started: for diagnosis and the benchmark. */
const pipelineStatsSchema = z.object({
  orders: countsOf(PIPELINE_OUTCOMES),
  ignoredFrames: countsOf(IGNORED_FRAME_REASONS),
  /** Orders announced with a field missing or converted, by field name: the server's shape drifting. */
  degradedFields: z.optional(z.record(z.string(), z.number())),
  /** Orders the live stream never delivered, found by reading the list while connected. */
  recovered: z.optional(z.number()),
});
export type PipelineStats = z.infer<typeof pipelineStatsSchema>;

export const parsePipelineStats = storedValueParser(pipelineStatsSchema);

const WRITE_DELAY_MS = 200;

/**
 * Counts order outcomes and ignored frames in memory and writes them behind, a burst in
 * one write. The counts run since the browser started: a restarted worker adds to what
 * the stopped one stored instead of starting over.
 */
export function pipelineCounter(
  load: () => Promise<PipelineStats>,
  save: (stats: PipelineStats) => Promise<unknown>,
  deps: CoalescedTaskDeps,
) {
  const stats: Required<PipelineStats> = { orders: {}, ignoredFrames: {}, degradedFields: {}, recovered: 0 };
  const add = <K extends string>(into: Partial<Record<K, number>>, key: K, count = 1) => {
    into[key] = (into[key] ?? 0) + count;
  };
  const ready = load().then(
    (stored) => {
      for (const [key, count] of Object.entries(stored.orders)) add(stats.orders, key as PipelineOutcome, count);
      for (const [key, count] of Object.entries(stored.ignoredFrames))
        add(stats.ignoredFrames, key as IgnoredFrameReason, count);
      for (const [key, count] of Object.entries(stored.degradedFields ?? {})) add(stats.degradedFields, key, count);
      stats.recovered += stored.recovered ?? 0;
    },
    () => undefined,
  );
  const writer = coalescedTask(
    'saving the pipeline counts',
    async () => {
      await ready;
      await save(stats);
    },
    WRITE_DELAY_MS,
    deps,
  );
  return {
    order(outcome: PipelineOutcome): void {
      add(stats.orders, outcome);
      writer.schedule();
    },
    degradedFields(fields: readonly string[]): void {
      for (const field of fields) add(stats.degradedFields, field);
      writer.schedule();
    },
    recovered(): void {
      stats.recovered += 1;
      writer.schedule();
    },
    ignoredFrame(reason: IgnoredFrameReason): void {
      add(stats.ignoredFrames, reason);
      writer.schedule();
    },
  };
}

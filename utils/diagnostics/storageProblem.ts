import * as z from 'zod/mini';
import { storedValueParser } from '../storedValueParser';

/** What cannot be saved right now (e.g. storage is full); null when every write works. */
const storageProblemSchema = z.object({
  at: z.number(),
  /** The stores whose last write failed, e.g. `the order list`. */
  failing: z.array(z.string()),
});
export type StorageProblem = z.infer<typeof storageProblemSchema>;

/** The worker's report as the pages read it; null when there is none or it is malformed. */
export const parseStorageProblem = storedValueParser(storageProblemSchema);

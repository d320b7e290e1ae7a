/** What cannot be saved right now (e.g. storage is full); null when every write works. */
export interface StorageProblem {
  at: number;
  /** The stores whose last write failed, e.g. `the order list`. */
  failing: string[];
}

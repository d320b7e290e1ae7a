/** What became of an order that reached the pipeline: counted for the troubleshooter and the benchmark. */
export const PIPELINE_OUTCOMES = ['announced', 'quiet', 'duplicate', 'terminal', 'handled', 'stale'] as const;
export type PipelineOutcome = (typeof PIPELINE_OUTCOMES)[number];

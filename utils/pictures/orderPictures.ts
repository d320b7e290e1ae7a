import type { PictureSource } from './pictureSource';
import type { ThumbnailFailure, ThumbnailJob, ThumbnailOutcome } from './thumbnail';

/** Thumbnails waiting their turn beyond this are skipped, oldest first: a flood of pictures stays bounded. */
export const MAX_WAITING_PICTURES = 8;

export interface OrderPicturesDeps {
  makeThumbnail(source: PictureSource): ThumbnailJob;
  /** A thumbnail is ready: keep it with the order, show it on its notification. */
  onThumbnail(orderId: number, dataUrl: string): void;
  /** No thumbnail for this order's picture, and why (skipped: too many waiting). */
  onNoThumbnail(orderId: number, problem: ThumbnailFailure | 'skipped'): void;
}

interface Job {
  orderId: number;
  source: PictureSource;
  settle(dataUrl: string | null): void;
}

/**
 * Makes order thumbnails one at a time (the next starts once the previous one's decode has
 * really ended, not when it timed out: memory stays bounded), never holding an alert: whoever wants one gets a
 * promise that settles with the thumbnail or null (no picture, a failure, or skipped).
 */
export class OrderPictures {
  readonly #results = new Map<number, Promise<string | null>>();
  readonly #waiting: Job[] = [];
  #busy = false;

  readonly #deps: OrderPicturesDeps;

  constructor(deps: OrderPicturesDeps) {
    this.#deps = deps;
  }

  /** Starts (or joins) the thumbnail of this order's picture. */
  thumbnail(orderId: number, source: PictureSource): Promise<string | null> {
    const known = this.#results.get(orderId);
    if (known) return known;
    const result = new Promise<string | null>((settle) => {
      this.#waiting.push({ orderId, source, settle });
    });
    this.#results.set(orderId, result);
    const forget = () => this.#results.delete(orderId);
    result.then(forget, forget);
    while (this.#waiting.length > MAX_WAITING_PICTURES) {
      const skipped = this.#waiting.shift()!;
      this.#deps.onNoThumbnail(skipped.orderId, 'skipped');
      skipped.settle(null);
    }
    // Started once the caller's code has run: the order's notification is requested first.
    queueMicrotask(() => this.#next());
    return result;
  }

  #next(): void {
    if (this.#busy) return;
    const job = this.#waiting.shift();
    if (!job) return;
    this.#busy = true;
    const finished = (outcome: ThumbnailOutcome) => {
      if (outcome.ok) this.#deps.onThumbnail(job.orderId, outcome.dataUrl);
      else this.#deps.onNoThumbnail(job.orderId, outcome.problem);
      job.settle(outcome.ok ? outcome.dataUrl : null);
    };
    const making = this.#deps.makeThumbnail(job.source);
    making.outcome.then(finished, () => finished({ ok: false, problem: 'decodeFailed' }));
    const nextJob = () => {
      this.#busy = false;
      this.#next();
    };
    making.ended.then(nextJob, nextJob);
  }
}

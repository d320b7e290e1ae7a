import type { PictureSource } from './pictureSource';
import type { ThumbnailFailure, ThumbnailJob, ThumbnailOutcome } from './thumbnail';

/** Thumbnails waiting their turn beyond this are skipped, oldest first: a flood of pictures stays bounded. */
export const MAX_WAITING_PICTURES = 8;

export interface OrderPicturesDeps {
  makeThumbnail(source: PictureSource): ThumbnailJob;
  /** A thumbnail is ready: keep it with the order, show it on its notification. */
  onThumbnail(orderId: number, dataUrl: string): void;
  onFailed(orderId: number, reason: ThumbnailFailure | 'skipped'): void;
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
  private readonly results = new Map<number, Promise<string | null>>();
  private readonly waiting: Job[] = [];
  private busy = false;

  constructor(private readonly deps: OrderPicturesDeps) {}

  /** Starts (or joins) the thumbnail of this order's picture. */
  thumbnail(orderId: number, source: PictureSource): Promise<string | null> {
    const known = this.results.get(orderId);
    if (known) return known;
    const result = new Promise<string | null>((settle) => {
      this.waiting.push({ orderId, source, settle });
    });
    this.results.set(orderId, result);
    const forget = () => this.results.delete(orderId);
    result.then(forget, forget);
    while (this.waiting.length > MAX_WAITING_PICTURES) {
      const skipped = this.waiting.shift()!;
      this.deps.onFailed(skipped.orderId, 'skipped');
      skipped.settle(null);
    }
    // Started once the caller's code has run: the order's notification is requested first.
    queueMicrotask(() => this.next());
    return result;
  }

  private next(): void {
    if (this.busy) return;
    const job = this.waiting.shift();
    if (!job) return;
    this.busy = true;
    const finished = (outcome: ThumbnailOutcome) => {
      if (outcome.ok) this.deps.onThumbnail(job.orderId, outcome.dataUrl);
      else this.deps.onFailed(job.orderId, outcome.reason);
      job.settle(outcome.ok ? outcome.dataUrl : null);
    };
    const making = this.deps.makeThumbnail(job.source);
    making.outcome.then(finished, () => finished({ ok: false, reason: 'decodeFailed' }));
    const nextJob = () => {
      this.busy = false;
      this.next();
    };
    making.ended.then(nextJob, nextJob);
  }
}

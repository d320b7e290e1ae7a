import type { PlayResult } from '../sound/sounds';
import * as z from 'zod/mini';
import { SOUND_NAMES, type SoundName } from '../sound/sounds';
import { storedValueParser } from '../storedValueParser';

/** Orders closer together than this share one sound: a burst rings once. */
export const MIN_RING_GAP_MS = 2_000;

/** The last alert sound the offscreen document played, or why it could not. */
const lastSoundSchema = z.object({
  at: z.number(),
  sound: z.enum(SOUND_NAMES),
  ok: z.boolean(),
  error: z.optional(z.string()),
});
export type LastSound = z.infer<typeof lastSoundSchema>;

/** The stored last sound (the worker writes it, the troubleshooter reads it); null if none or malformed. */
export const parseLastSound = storedValueParser(lastSoundSchema);

interface SoundSettings {
  soundEnabled: boolean;
  sound: SoundName;
  soundVolume: number;
}

export interface AlertSoundDeps {
  play(sound: SoundName, volume: number): Promise<PlayResult>;
  settings(): SoundSettings;
  now(): number;
  /** Every attempt's result, so a silent failure can be named. */
  onPlayed(result: PlayResult & { sound: SoundName; at: number }): void;
}

export class AlertSound {
  private lastAttemptAt: number | null = null;

  constructor(private readonly deps: AlertSoundDeps) {}

  /** When the sound last rang (or tried to), null if never. */
  get lastRungAt(): number | null {
    return this.lastAttemptAt;
  }

  /** Rings unless sound is off or it rang less than 2 s ago. */
  ring(): void {
    const { soundEnabled, sound, soundVolume } = this.deps.settings();
    const now = this.deps.now();
    if (!soundEnabled || soundVolume === 0) return;
    if (this.lastAttemptAt !== null && now - this.lastAttemptAt < MIN_RING_GAP_MS) return;
    this.lastAttemptAt = now;
    this.deps
      .play(sound, soundVolume)
      .catch((error: unknown): PlayResult => ({ ok: false, error: String(error) }))
      .then((result) => this.deps.onPlayed({ ...result, sound, at: now }))
      .catch((error: unknown) => console.error('Reporting the sound failed:', error));
  }
}

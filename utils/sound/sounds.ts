import * as z from 'zod/mini';

/** Bundled alert sounds; `beep` is the old dashboard's 800 Hz tone of 0.5 s. */
export const SOUND_NAMES = ['beep', 'chime', 'bell'] as const;
export type SoundName = (typeof SOUND_NAMES)[number];

/** A sound to play now (the offscreen document's one message, and the options page's "test"). */
export const soundRequestSchema = z.object({
  sound: z.enum(SOUND_NAMES),
  volume: z.int().check(z.minimum(0), z.maximum(100)),
});

/** Whether a sound played, or why not (the browser refusing playback, a missing document). */
export type PlayResult = { ok: true } | { ok: false; error: string };

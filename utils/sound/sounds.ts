/** Bundled alert sounds; `beep` is the old dashboard's 800 Hz tone of 0.5 s. */
export const SOUND_NAMES = ['beep', 'chime', 'bell'] as const;
export type SoundName = (typeof SOUND_NAMES)[number];

/** Whether a sound played, or why not (the browser refusing playback, a missing document). */
export type PlayResult = { ok: true } | { ok: false; error: string };

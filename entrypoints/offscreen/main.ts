import beepUrl from '../../assets/sounds/beep.wav';
import { onMessage } from '../../utils/messaging';
import type { SoundName } from '../../utils/sound/sounds';

const SOUND_URLS: Record<SoundName, string> = { beep: beepUrl };

onMessage('playSound', async ({ data }) => {
  const audio = new Audio(SOUND_URLS[data.sound]);
  audio.volume = Math.max(0, Math.min(100, data.volume)) / 100;
  await audio.play();
});

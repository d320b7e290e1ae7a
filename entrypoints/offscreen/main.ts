import { browser } from 'wxt/browser';
import { soundRequestSchema, type PlayResult } from '../../utils/alerts/alertSound';
import { fromOwnDocument, onMessage } from '../../utils/messaging';
import { playAudio } from '../../utils/platform/alertSoundPlayer';

onMessage('playInOffscreen', async ({ data, sender }): Promise<PlayResult> => {
  // Only the extension's own worker plays sounds here, and only its known ones.
  if (!fromOwnDocument(sender, { id: browser.runtime.id, origin: browser.runtime.getURL('/') }))
    return { ok: false, problem: 'refused: not from this extension' };
  const request = soundRequestSchema.safeParse(data);
  if (!request.success) return { ok: false, problem: 'refused: not a sound request' };
  return playAudio(request.data.sound, request.data.volume);
});

import { describe, expect, it } from 'vitest';
import { MAX_FRAME_CHARS, parseServerFrame } from '../../../utils/connection/parseServerFrame';
import { orderCreatedFrame, sampleBroadcast } from '../sampleOrder';

describe('parseServerFrame', () => {
  it('reads the server ping', () => {
    expect(parseServerFrame('{"type":"ping"}')).toEqual({ ok: true, message: { type: 'ping' } });
  });

  it('reads an order_created event with its order', () => {
    expect(parseServerFrame(orderCreatedFrame(sampleBroadcast()))).toEqual({
      ok: true,
      message: { event: 'order_created', data: sampleBroadcast() },
    });
  });

  it.each([
    ['malformed JSON', '{"event":', 'notJson'],
    ['an unknown event', JSON.stringify({ event: 'order_deleted', data: sampleBroadcast() }), 'unknownMessage'],
    [
      'a wrong field type',
      JSON.stringify({ event: 'order_created', data: { ...sampleBroadcast(), order_id: '42' } }),
      'invalidOrder',
    ],
    [
      'a missing field',
      JSON.stringify({ event: 'order_created', data: { ...sampleBroadcast(), order_number: undefined } }),
      'invalidOrder',
    ],
    ['a binary frame', new ArrayBuffer(8), 'binary'],
    ['JSON that is not an object', '42', 'unknownMessage'],
  ])('ignores %s, saying why', (_name, frame, reason) => {
    expect(parseServerFrame(frame)).toEqual({ ok: false, reason });
  });

  it('refuses frames over 64 KB before parsing them', () => {
    const huge = orderCreatedFrame(sampleBroadcast({ customer_name: 'x'.repeat(MAX_FRAME_CHARS) }));
    expect(parseServerFrame(huge)).toEqual({ ok: false, reason: 'tooLarge' });
  });
});

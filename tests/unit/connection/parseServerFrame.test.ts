import { describe, expect, it } from 'vitest';
import { MAX_FRAME_CHARS, parseServerFrame } from '../../../utils/connection/parseServerFrame';
import { orderCreatedFrame, sampleBroadcast } from '../sampleOrder';

describe('parseServerFrame', () => {
  it('reads the server ping', () => {
    expect(parseServerFrame('{"type":"ping"}')).toEqual({ type: 'ping' });
  });

  it('reads an order_created event with its order', () => {
    expect(parseServerFrame(orderCreatedFrame(sampleBroadcast()))).toEqual({
      event: 'order_created',
      data: sampleBroadcast(),
    });
  });

  it.each([
    ['malformed JSON', '{"event":'],
    ['an unknown event', JSON.stringify({ event: 'order_deleted', data: sampleBroadcast() })],
    ['a wrong field type', JSON.stringify({ event: 'order_created', data: { ...sampleBroadcast(), order_id: '42' } })],
    [
      'a missing field',
      JSON.stringify({ event: 'order_created', data: { ...sampleBroadcast(), order_number: undefined } }),
    ],
    ['a binary frame', new ArrayBuffer(8)],
    ['JSON that is not an object', '42'],
  ])('ignores %s', (_name, frame) => {
    expect(parseServerFrame(frame)).toBeNull();
  });

  it('refuses frames over 64 KB before parsing them', () => {
    const huge = orderCreatedFrame(sampleBroadcast({ customer_name: 'x'.repeat(MAX_FRAME_CHARS) }));
    expect(parseServerFrame(huge)).toBeNull();
  });
});

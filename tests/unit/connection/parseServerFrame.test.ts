import { describe, expect, it } from 'vitest';
import { MAX_FRAME_CHARS, parseServerFrame } from '../../../utils/connection/parseServerFrame';
import { orderCreatedFrame, sampleBroadcast, sampleOrder } from '../sampleOrder';

const NOW = Date.UTC(2026, 10, 26, 12);

describe('parseServerFrame', () => {
  it('reads the server ping', () => {
    expect(parseServerFrame('{"type":"ping"}', NOW)).toEqual({ ok: true, message: { kind: 'ping' } });
  });

  it('reads an order_created event into the order the extension keeps', () => {
    expect(parseServerFrame(orderCreatedFrame(sampleBroadcast()), NOW)).toEqual({
      ok: true,
      message: { kind: 'order', parsed: { order: sampleOrder(), missing: [], coerced: [] } },
    });
  });

  it('takes an order whose id comes as a string of digits', () => {
    const frame = parseServerFrame(orderCreatedFrame({ ...sampleBroadcast(), order_id: '42' }), NOW);
    expect(frame).toMatchObject({ ok: true, message: { parsed: { order: { id: 42 } } } });
  });

  it.each([
    ['malformed JSON', '{"event":', 'notJson'],
    ['an unknown event', JSON.stringify({ event: 'order_deleted', data: sampleBroadcast() }), 'unknownMessage'],
    ['an order without an id', orderCreatedFrame({ ...sampleBroadcast(), order_id: undefined }), 'invalidOrder'],
    ['an order with a negative id', orderCreatedFrame({ ...sampleBroadcast(), order_id: -3 }), 'invalidOrder'],
    ['an order with an id past 2^53', orderCreatedFrame({ ...sampleBroadcast(), order_id: 2 ** 60 }), 'invalidOrder'],
    ['a binary frame', new ArrayBuffer(8), 'binary'],
    ['JSON that is not an object', '42', 'unknownMessage'],
  ])('ignores %s, saying why', (_name, frame, problem) => {
    expect(parseServerFrame(frame, NOW)).toEqual({ ok: false, problem });
  });

  it('refuses frames over 64 KB before parsing them', () => {
    const huge = orderCreatedFrame(sampleBroadcast({ customer_name: 'x'.repeat(MAX_FRAME_CHARS) }));
    expect(parseServerFrame(huge, NOW)).toEqual({ ok: false, problem: 'tooLarge' });
  });
});

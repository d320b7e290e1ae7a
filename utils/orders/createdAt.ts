const ISO = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,9}))?)?(Z|[+-]\d\d:?\d\d)?$/i;

/** The offset (ms) of an IANA time zone from UTC at an instant. */
function zoneOffsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const field = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour'),
    field('minute'),
    field('second'),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * When an order was created (ms since epoch). The server's timestamps often carry no
 * offset: they are its database's naive time, UTC in practice (`serverTimeZone`
 * configurable). Reading them as the browser's local time is what made the old client
 * drop every live order for staff in UTC+3. An explicit offset is honoured.
 */
export function parseCreatedAt(text: string, serverTimeZone = 'UTC'): number | null {
  const match = ISO.exec(text.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second = '0', fraction = '0', offset] = match;
  const wall = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    Number(fraction.padEnd(3, '0').slice(0, 3)),
  );
  if (Number.isNaN(wall)) return null;
  if (offset) {
    if (offset.toUpperCase() === 'Z') return wall;
    const sign = offset.startsWith('-') ? -1 : 1;
    const [hours, minutes] = [Number(offset.slice(1, 3)), Number(offset.slice(-2))];
    return wall - sign * (hours * 60 + minutes) * 60_000;
  }
  if (serverTimeZone === 'UTC') return wall;
  try {
    // Wall time in a zone: correct by the zone's offset, then once more across a DST edge.
    const first = wall - zoneOffsetAt(wall, serverTimeZone);
    return wall - zoneOffsetAt(first, serverTimeZone);
  } catch {
    return wall;
  }
}

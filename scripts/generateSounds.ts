/** Writes the bundled alert sounds into assets/sounds as 16-bit mono WAV. Run: npx tsx scripts/generateSounds.ts */
import { writeFileSync } from 'node:fs';

const SAMPLE_RATE = 22_050;

function wav(samples: Float32Array): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((sample, index) =>
    data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, sample)) * 32_767), index * 2),
  );
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(SAMPLE_RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** A sine tone with 10 ms fades so it starts and stops without a click. */
function tone(frequency: number, seconds: number, gain = 0.6): Float32Array {
  const length = Math.round(seconds * SAMPLE_RATE);
  const fade = Math.round(0.01 * SAMPLE_RATE);
  return Float32Array.from({ length }, (_, index) => {
    const envelope = Math.min(1, index / fade, (length - 1 - index) / fade);
    return gain * envelope * Math.sin((2 * Math.PI * frequency * index) / SAMPLE_RATE);
  });
}

/** A struck bell: a fundamental and an overtone dying away. */
function bell(frequency: number, seconds: number): Float32Array {
  const length = Math.round(seconds * SAMPLE_RATE);
  return Float32Array.from({ length }, (_, index) => {
    const t = index / SAMPLE_RATE;
    const attack = Math.min(1, index / (0.005 * SAMPLE_RATE));
    const ring =
      Math.sin(2 * Math.PI * frequency * t) + 0.4 * Math.sin(2 * Math.PI * 2.76 * frequency * t) * Math.exp(-6 * t);
    return 0.45 * attack * Math.exp(-3 * t) * ring;
  });
}

const concat = (...parts: Float32Array[]) => Float32Array.from(parts.flatMap((part) => [...part]));
const write = (name: string, samples: Float32Array) =>
  writeFileSync(new URL(`../assets/sounds/${name}.wav`, import.meta.url), wav(samples));

// The old dashboard client's alert: an 800 Hz sine for 0.5 s.
write('beep', tone(800, 0.5));
// Two rising notes (E5, A5): friendlier for a quiet shop.
write('chime', concat(tone(659.25, 0.22, 0.5), tone(880, 0.38, 0.5)));
// A bell that carries across a noisy print room.
write('bell', bell(1046.5, 1.4));

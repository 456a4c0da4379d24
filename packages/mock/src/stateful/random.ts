// Seeded pseudo-random generation of ids, secrets and tokens, so a test run can be repeated exactly.

const hexDigits = "0123456789abcdef";
const alphanumerics = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A repeatable source of random strings. */
export interface RandomSource {
  /** A number in [0, 1). */
  next(): number;
  /** `length` characters drawn from `alphabet`. */
  string(length: number, alphabet: string): string;
  /** `length` lowercase hexadecimal digits. */
  hex(length: number): string;
  /** `length` letters and digits. */
  alphanumeric(length: number): string;
}

/** Creates a generator (mulberry32) whose whole sequence is fixed by `seed`. */
export function createRandomSource(seed: number): RandomSource {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const string = (length: number, alphabet: string): string => {
    let out = "";
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
    return out;
  };
  return {
    next,
    string,
    hex: (length) => string(length, hexDigits),
    alphanumeric: (length) => string(length, alphanumerics),
  };
}

/** A seed for when the caller gives none: different on every run. */
export function freshRandomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}

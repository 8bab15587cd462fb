/**
 * The demo's Random interface (src/server/db/seed/random.ts) on a generator with 128 bits of
 * state (sfc32). The demo's mulberry32 has 32: fine for 264 projects, but at 100,000 projects the
 * streams of two projects overlap and their "random" ids collide. Seeded by (seed, stream), so each
 * project draws from a stream of its own, the same whatever chunk it is planned in.
 */
import type { Random } from "../../src/server/db/seed/random";

function splitmix32(value: number): () => number {
  let state = value >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createBenchRandom(seed: number, stream: number): Random {
  const mixSeed = splitmix32(seed);
  const mixStream = splitmix32(stream ^ 0x5bd1e995);
  let a = mixSeed() ^ mixStream();
  let b = mixSeed() ^ mixStream();
  let c = mixSeed() ^ mixStream();
  let d = 1;
  const next32 = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) next32();
  const next = () => next32() / 4294967296;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error("Cannot pick from an empty list");
    return items[int(0, items.length - 1)] as T;
  };
  return {
    next,
    int,
    pick,
    chance: (probability) => next() < probability,
    weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K {
      const entries = Object.entries(weights) as [K, number][];
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let draw = next() * total;
      for (const [key, weight] of entries) {
        draw -= weight;
        if (draw < 0) return key;
      }
      return pick(entries)[0];
    },
    sample<T>(items: readonly T[], count: number): T[] {
      const pool = [...items];
      for (let i = pool.length - 1; i > 0; i--) {
        const j = int(0, i);
        [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
      }
      return pool.slice(0, Math.min(count, pool.length));
    },
    uuid() {
      const hex = Array.from({ length: 4 }, () => next32().toString(16).padStart(8, "0")).join("");
      const variant = ((Number.parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
  };
}

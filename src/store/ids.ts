// Ids for rows, runs and journal entries: a prefix, "_", 20 lowercase hex digits. The first 9
// are the second the id was made, the other 11 a random start that later ids of the same second
// count up from, so one worker's ids ascend. Random ids (crypto.randomUUID, as before) scattered
// an import's 30,000 new contacts over the whole key range: Chromium's IndexedDB spent ~12% more
// CPU storing them (browser process ~4.6 s → ~4.0 s per 30k import), and randomUUID cost the
// worker ~70 ms per 30k ids. Ids of two workers (devices) can only clash when made in the same
// second from random starts (of 2^43) closer together than the number of ids made.
const TIME_DIGITS = 9;
const COUNT_DIGITS = 11;
/** Starts below 2^43: counting up within one second cannot outgrow 11 hex digits. */
const HIGH_WORD_LIMIT = 2 ** 11;

let second = -1;
let count = 0;

function randomStart(): number {
  const [high, low] = crypto.getRandomValues(new Uint32Array(2));
  return (high! % HIGH_WORD_LIMIT) * 2 ** 32 + low!;
}

export function newId(prefix: string): string {
  const now = Math.floor(Date.now() / 1000);
  if (now !== second) {
    second = now;
    count = randomStart();
  } else {
    count++;
  }
  return `${prefix}_${now.toString(16).padStart(TIME_DIGITS, '0')}${count.toString(16).padStart(COUNT_DIGITS, '0')}`;
}

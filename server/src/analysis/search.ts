/**
 * The first index in [0, n) at which `before(i)` is false, `before` being true on a prefix of the range and false
 * after it (a binary search over sorted tokens, matches or ids); n when it is true everywhere.
 */
export function firstNotBefore(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

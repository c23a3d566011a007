/**
 * Serialised responses kept by the stamp of the data they were read from. A stamp changes with every committed write
 * of that data (the registry's: a trigger on registry_systems), so an entry found under the current stamp is exactly
 * what reading again would give: nothing is served stale, and nothing needs expiring but the least recently used.
 */
export class StampedCache<V = string> {
  private readonly entries = new Map<string, V>();
  private size = 0;

  /**
   * maxSize and maxEntrySize are in the units of sizeOf: by default a string's length (UTF-16 code units, about the
   * bytes it holds); a cache of small values can count entries instead (sizeOf: () => 1).
   */
  constructor(
    private readonly maxSize: number,
    private readonly maxEntrySize = Math.floor(maxSize / 16),
    private readonly sizeOf: (value: V) => number = (value) => String(value).length,
  ) {}

  get(stamp: string, key: string): V | undefined {
    const id = `${stamp}\u0000${key}`;
    const value = this.entries.get(id);
    if (value === undefined) return undefined;
    // Map order is insertion order: moving a hit to the end keeps the least recently used first.
    this.entries.delete(id);
    this.entries.set(id, value);
    return value;
  }

  set(stamp: string, key: string, value: V): void {
    const id = `${stamp}\u0000${key}`;
    const previous = this.entries.get(id);
    if (previous !== undefined) {
      this.entries.delete(id);
      this.size -= this.sizeOf(previous);
    }
    if (this.sizeOf(value) > this.maxEntrySize) return;
    this.entries.set(id, value);
    this.size += this.sizeOf(value);
    for (const [oldest, old] of this.entries) {
      if (this.size <= this.maxSize) break;
      this.entries.delete(oldest);
      this.size -= this.sizeOf(old);
    }
  }

  get bytes(): number {
    return this.size;
  }

  get count(): number {
    return this.entries.size;
  }
}

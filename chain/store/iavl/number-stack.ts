/** A growable stack of numbers in a Float64Array: no per-element heap objects, reused across blocks. */
export class NumberStack {
  private items = new Float64Array(1024);
  length = 0;

  push(v: number): void {
    if (this.length === this.items.length) {
      const next = new Float64Array(this.items.length * 2);
      next.set(this.items);
      this.items = next;
    }
    this.items[this.length++] = v;
  }

  pop(): number {
    return this.items[--this.length];
  }

  at(i: number): number {
    return this.items[i];
  }

  clear(): void {
    this.length = 0;
  }
}

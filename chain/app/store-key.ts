/**
 * Store capabilities (the Cosmos SDK's `StoreKey`). The composition root creates one key object per
 * module store and hands it to that module's keeper; a context opens a store only for a key object
 * the app mounted, so a module cannot open another module's store by name — a different object
 * with the same name is refused.
 */
export class StoreKey {
  constructor(readonly name: string) {
    if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`store name "${name}" must be lowercase letters, digits and _`);
  }

  toString(): string {
    return `StoreKey(${this.name})`;
  }
}

/** One key per name, for the composition root: `storeKeys('auth', 'bank')` → `{ auth, bank }`. */
export function storeKeys<N extends string>(...names: N[]): Record<N, StoreKey> {
  const out = {} as Record<N, StoreKey>;
  for (const name of names) {
    if (name in out) throw new Error(`store key ${name} listed twice`);
    out[name] = new StoreKey(name);
  }
  return out;
}

/** The keys a multistore was opened with; `nameOf` admits only those very objects. */
export class MountedStores {
  private readonly byName = new Map<string, StoreKey>();

  constructor(keys: readonly StoreKey[]) {
    for (const key of keys) {
      if (this.byName.has(key.name)) throw new Error(`two store keys named ${key.name}`);
      this.byName.set(key.name, key);
    }
  }

  get names(): string[] {
    return [...this.byName.keys()];
  }

  /** The store name of a mounted key; throws for any other object (a forged or foreign key). */
  nameOf(key: StoreKey): string {
    if (this.byName.get(key.name) !== key) throw new Error(`${String(key)} is not a key this app mounted: a module opens only its own store`);
    return key.name;
  }
}

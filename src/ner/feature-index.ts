// Feature names ↔ weight rows, keyed by kind then value so lookups reuse the value strings' cached hashes.

export class FeatureIndex {
  private readonly byKind = new Map<string, Map<string, number>>();
  readonly names: string[] = [];

  /** Names are "kind=value"; kinds never contain "=". */
  static fromNames(names: readonly string[]): FeatureIndex {
    const ix = new FeatureIndex();
    for (const n of names) {
      const eq = n.indexOf('=');
      ix.intern(n.slice(0, eq), n.slice(eq + 1));
    }
    return ix;
  }

  get size(): number {
    return this.names.length;
  }

  get(kind: string, value: string): number {
    return this.byKind.get(kind)?.get(value) ?? -1;
  }

  intern(kind: string, value: string): number {
    let values = this.byKind.get(kind);
    if (!values) this.byKind.set(kind, (values = new Map()));
    let id = values.get(value);
    if (id === undefined) {
      id = this.names.length;
      values.set(value, id);
      this.names.push(`${kind}=${value}`);
    }
    return id;
  }
}

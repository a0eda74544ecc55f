// Feature hash ↔ weight row while training: rows are handed out in order of first sight.
import { featureHash } from './hash.js';

export class FeatureIndex {
  private readonly rows = new Map<number, number>();
  readonly hashes: number[] = [];

  get size(): number {
    return this.hashes.length;
  }

  get(kind: string, value: string): number {
    return this.rows.get(featureHash(kind, value)) ?? -1;
  }

  intern(kind: string, value: string): number {
    return this.internHash(featureHash(kind, value));
  }

  internHash(h: number): number {
    let id = this.rows.get(h);
    if (id === undefined) {
      id = this.hashes.length;
      this.rows.set(h, id);
      this.hashes.push(h);
    }
    return id;
  }
}

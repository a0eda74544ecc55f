// One time limit for a request that runs several queries: each query gets what is left of it.
import { QueryTimeoutError } from '../query/types.js';

export class TimeBudget {
  private readonly deadline: number;

  /** `perQueryMs`: one query's own limit within the whole (the server's --timeout). */
  constructor(readonly totalMs: number, private readonly what: string, private readonly perQueryMs = totalMs) {
    this.deadline = Date.now() + totalMs;
  }

  /** Milliseconds the next query may take; throws once none are left. */
  left(): number {
    const left = this.deadline - Date.now();
    if (left <= 0) throw new QueryTimeoutError(`${this.what}: stopped after ${this.totalMs} ms; try again when the server is less busy`);
    return Math.min(left, this.perQueryMs);
  }
}

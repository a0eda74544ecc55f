// The gold annotation format of ../shared/eval/GOLD.md (beside the repository) and the report the scorer produces.
import type { EntityType } from '../types.js';

export interface GoldEntity {
  id: string;
  type: EntityType;
  /** Acceptable labels, compared case-, accent- and punctuation-blind. */
  names: string[];
  /** Finding it is neither rewarded nor punished. */
  optional?: boolean;
}

interface GoldFactBase {
  optional?: boolean;
}

/** Lists of gold ids mean "any of these is right". */
export type GoldFact = GoldFactBase &
  (
    | { kind: 'jobTitle'; subject: string; value: string[] }
    | { kind: 'affiliation' | 'nationality' | 'homeLocation' | 'containedInPlace'; subject: string; object: string[] }
    | { kind: 'quote'; speaker: string[]; text: string }
    | { kind: 'stance'; holder: string[]; topic: string[]; polarity?: string[] }
    | { kind: 'threat'; threatener: string[]; target: string[]; action: string; condition?: string }
    | { kind: 'meeting'; participants: string[][]; location?: string[]; date?: string; mode?: string }
    | { kind: 'sanction'; imposedBy: string[]; target: string; targetIds?: string[]; measure?: string }
    | {
        kind: 'tradeFlow';
        exporter: string[];
        importer: string[];
        amount?: number;
        year?: number;
        source?: string[];
      }
  );

export type FactKind = GoldFact['kind'];

/** In score.mjs's order, which is also the report's row order. */
export const FACT_KINDS: readonly FactKind[] = [
  'jobTitle', 'affiliation', 'nationality', 'homeLocation', 'containedInPlace',
  'quote', 'stance', 'threat', 'meeting', 'sanction', 'tradeFlow',
];

export const BASE_TYPES: readonly EntityType[] = ['Person', 'Country', 'City', 'Organization', 'Place'];

export interface GoldFile {
  /** File name of the article text, relative to the gold file. */
  article: string;
  published?: string;
  entities: GoldEntity[];
  facts: GoldFact[];
}

export interface PRF {
  p: number;
  r: number;
  f: number;
}

export interface TypeCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface KindCounts {
  tp: number;
  fp: number;
  /** Non-optional gold facts of the kind. */
  gold: number;
  /** Of those, how many some output fact matched. */
  found: number;
  /** Meetings only: how many matched meetings also got the location and the date right. */
  attrs?: string;
}

/** One row of the printed table. */
export interface ReportRow {
  name: string;
  score: PRF;
  gold: number;
  output: number;
  extra?: string;
}

export interface ScoreReport {
  entities: PRF;
  facts: PRF;
  /** Mean of the entity F1 and the fact micro-F1. */
  overall: number;
  perKind: Record<FactKind, KindCounts>;
  /** Only the types that occurred in the output or the gold. */
  entityTypes: Partial<Record<EntityType, TypeCounts>>;
  falsePositiveEntities: string[];
  missedEntities: string[];
  /** The FP/FN lines of `--explain`, indented by two spaces. */
  explain: string[];
  rows: ReportRow[];
}

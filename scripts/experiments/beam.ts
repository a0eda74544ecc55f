// Experiment, not shipped (docs/syntax.md: What was tried): beam search for the parser.
// npx tsx scripts/experiments/beam.ts is not a command; import trainBeamParser / parseBeam from a script of your own.
// Beam search for the arc-hybrid parser, trained as a structured perceptron with
// max-violation updates (Huang, Fayong & Guo 2012): the B best transition sequences are kept
// at every step, and training corrects the prefix where the beam's best sequence outscored
// the right one by the widest margin. Every parse of n words takes exactly 2n transitions, so all sequences
// in the beam end together.
import { features, MAX_FEATURES, words, type ParseExample, type ParseModel, type ParserInput, type Parse } from '../../src/syntax/parser.js';
import { Perceptron, type ClassScorer } from '../../src/syntax/perceptron.js';
import { SparseScorer } from '../../src/syntax/scorer.js';
import { ParseState } from '../../src/syntax/transitions.js';
import { seededRandom, shuffle } from '../../src/util/random.js';

interface Item {
  st: ParseState;
  score: number;
  parent: Item | null;
  /** The transition that led here, and the features it was chosen on (training only). */
  action: number;
  keys: Uint32Array | null;
  nkeys: number;
  gold: boolean;
}

interface Candidate {
  from: Item;
  action: number;
  score: number;
}

/** The `k` best allowed classes of one item, appended to `out`. */
function topClasses(from: Item, scores: Float32Array, valid: Uint8Array, k: number, out: Candidate[]): void {
  const mine: Candidate[] = [];
  for (let c = 0; c < scores.length; c++) {
    if (!valid[c]) continue;
    const score = from.score + scores[c];
    if (mine.length < k) mine.push({ from, action: c, score });
    else if (score > mine[k - 1].score) mine[k - 1] = { from, action: c, score };
    else continue;
    for (let j = mine.length - 1; j > 0 && mine[j].score > mine[j - 1].score; j--) [mine[j], mine[j - 1]] = [mine[j - 1], mine[j]];
  }
  out.push(...mine);
}

interface Search {
  beam: Item[];
  step(weights: ClassScorer, goldAction: number, keep: boolean): Item[];
}

function search(input: ParserInput, labels: number, rootLabel: number, width: number): Search & { W: ReturnType<typeof words> } {
  const W = words(input);
  const n = input.forms.length;
  const classes = 1 + 2 * labels;
  const keys = new Uint32Array(MAX_FEATURES);
  const scores = new Float32Array(classes);
  const valid = new Uint8Array(classes);
  let beam: Item[] = [{ st: new ParseState(n), score: 0, parent: null, action: -1, keys: null, nkeys: 0, gold: true }];
  return {
    W,
    get beam() {
      return beam;
    },
    step(weights, goldAction, keep) {
      const cands: Candidate[] = [];
      const feats = new Map<Item, [Uint32Array, number]>();
      for (const item of beam) {
        const nk = features(item.st, W, keys);
        scores.fill(0);
        weights.score(keys, nk, scores);
        item.st.valid(valid, labels, rootLabel);
        topClasses(item, scores, valid, width, cands);
        if (keep) feats.set(item, [keys.slice(0, nk), nk]);
      }
      cands.sort((a, b) => b.score - a.score);
      beam = cands.slice(0, width).map((c) => {
        const st = new ParseState(n).copyFrom(c.from.st);
        st.apply(c.action, labels);
        const f = feats.get(c.from);
        return { st, score: c.score, parent: c.from, action: c.action, keys: f ? f[0] : null, nkeys: f ? f[1] : 0, gold: c.from.gold && c.action === goldAction };
      });
      return beam;
    },
  };
}

export function parseBeam(model: ParseModel, input: ParserInput, width: number): Parse {
  const L = model.labels.length;
  const s = search(input, L, model.labels.indexOf('root'), width);
  for (let t = 0; t < 2 * input.forms.length; t++) s.step(model.weights, -1, false);
  const best = s.beam[0].st;
  const heads: number[] = [];
  const labels: string[] = [];
  for (let i = 1; i <= best.n; i++) {
    heads.push(best.heads[i]);
    labels.push(model.labels[best.labels[i]]);
  }
  return { heads, labels };
}

/** The transition the oracle takes: the cheapest allowed one, arcs with the right label first. */
function oracleAction(st: ParseState, g: Int32Array, gl: Int32Array, L: number, rootLabel: number, valid: Uint8Array): number {
  st.valid(valid, L, rootLabel);
  const [cs, cl, cr] = st.costs(g);
  const s0 = st.s(0);
  const options: Array<[number, number]> = [];
  if (s0 > 0) {
    const right = 1 + L + gl[s0];
    const left = 1 + gl[s0];
    if (valid[right]) options.push([cr, right]);
    if (valid[left]) options.push([cl, left]);
  }
  if (valid[0]) options.push([cs, 0]);
  if (!options.length) for (let c = 0; c < valid.length; c++) if (valid[c]) return c;
  options.sort((a, b) => a[0] - b[0]);
  return options[0][1];
}

export interface BeamTrainOptions {
  epochs: number;
  seed: number;
  width: number;
  prune: number;
  /** Start from these weights (e.g. a greedy model's), else from zero. */
  onEpoch?(epoch: number, model: ParseModel): void;
}

export function trainBeamParser(examples: readonly ParseExample[], o: BeamTrainOptions): ParseModel {
  const labels = [...new Set(examples.flatMap((e) => e.labels))].sort();
  const L = labels.length;
  const rootLabel = labels.indexOf('root');
  const p = new Perceptron(1 + 2 * L);
  const random = seededRandom(o.seed);
  const valid = new Uint8Array(1 + 2 * L);
  const keys = new Uint32Array(MAX_FEATURES);
  const scores = new Float32Array(1 + 2 * L);
  const order = examples.map((_, k) => k);
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    shuffle(order, random);
    for (const k of order) {
      const e = examples[k];
      const g = Int32Array.from([-1, ...e.heads]);
      const gl = Int32Array.from([-1, ...e.labels.map((l) => labels.indexOf(l))]);
      const s = search(e, L, rootLabel, o.width);
      const gold = new ParseState(e.forms.length);
      const goldSteps: Array<[Uint32Array, number, number]> = [];
      let goldScore = 0;
      // max-violation: the step where the beam's best sequence beats the right one by most
      let worst = 0;
      let worstStep = -1;
      let worstItem: Item | null = null;
      for (let t = 0; t < 2 * e.forms.length; t++) {
        const a = oracleAction(gold, g, gl, L, rootLabel, valid);
        const nk = features(gold, s.W, keys);
        scores.fill(0);
        p.score(keys, nk, scores);
        goldScore += scores[a];
        goldSteps.push([keys.slice(0, nk), nk, a]);
        gold.apply(a, L);
        const beam = s.step(p, a, true);
        if (!beam[0].gold && beam[0].score - goldScore >= worst) {
          worst = beam[0].score - goldScore;
          worstStep = t;
          worstItem = beam[0];
        }
      }
      if (worstItem) update(p, goldSteps.slice(0, worstStep + 1), worstItem);
      p.tick();
    }
    if (o.onEpoch) o.onEpoch(epoch, { labels, weights: SparseScorer.fromWeights(p.averaged(o.prune)) });
  }
  return { labels, weights: SparseScorer.fromWeights(p.averaged(o.prune)) };
}

/** The gold prefix gains, the predicted prefix loses; steps where both took the same path cancel. */
function update(p: Perceptron, goldSteps: Array<[Uint32Array, number, number]>, predicted: Item): void {
  const path: Item[] = [];
  for (let it: Item | null = predicted; it && it.parent; it = it.parent) path.push(it);
  path.reverse();
  let same = 0;
  while (same < path.length && path[same].gold) same++;
  for (let t = same; t < goldSteps.length; t++) p.add(goldSteps[t][0], goldSteps[t][1], goldSteps[t][2], 1);
  for (let t = same; t < path.length; t++) p.add(path[t].keys!, path[t].nkeys, path[t].action, -1);
}

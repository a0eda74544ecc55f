// RDF quads → view model → graphology graph. Pure functions, for Node and the browser.
export type * from './types.js';
export { buildViewModel, type ViewModelOptions } from './model.js';
export { containsWords } from './statement-links.js';
export { mergeViewModel, type MergeResult } from './merge.js';
export { addEdges, buildGraph, growGraph, type EntityGraph, type NodeAttrs, type EdgeAttrs } from './build.js';
export { syntheticViewModel } from './synthetic.js';
export { sentenceAround } from './sentences.js';
export * from './style.js';

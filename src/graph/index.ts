// RDF quads → view model → graphology graph. Pure functions, for Node and the browser.
export type * from './types.js';
export { buildViewModel } from './model.js';
export { addEdges, buildGraph, type EntityGraph, type NodeAttrs, type EdgeAttrs } from './build.js';
export { syntheticViewModel } from './synthetic.js';
export { sentenceAround } from './sentences.js';
export * from './style.js';

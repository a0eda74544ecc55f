export { chooseFormat, EXTENSION } from './formats.js';
export { serialise, arrange } from './serialise.js';
export { harmoniseLabels } from './merge.js';
export { writeFileAtomic, checkWritable } from './write.js';
export { OUTPUT_FORMATS, DATASET_FORMATS, type OutputFormat } from './types.js';

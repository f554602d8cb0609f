// A worker of the server's pool: loads the segmenter's dictionary, the English tagger and the
// HTML parser first (the core loads the last two on first use), so that a worker that says it is
// ready answers its first document, Chinese or English, page or text, as fast as its thousandth,
// then becomes the batch worker (io/batch/worker.ts), which runs the pipeline on each input.
import { loadCheerio } from '../core/adapters/cheerio.js';
import { loadCompromise } from '../core/adapters/compromise.js';
import { warmUp } from '../core/adapters/jieba.js';

warmUp();
loadCompromise();
loadCheerio();
await import('../io/batch/worker.js');

// A worker of the server's pool: loads the segmenter's dictionary first, so that a worker that
// says it is ready answers its first Chinese document as fast as its thousandth, then becomes
// the batch worker (io/batch/worker.ts), which runs the pipeline on each input it is sent.
import { warmUp } from '../core/adapters/jieba.js';

warmUp();
await import('../io/batch/worker.js');

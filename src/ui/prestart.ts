/**
 * Imported first by main.ts: starts the analysis worker before the other
 * modules of the page are evaluated (see analysis-worker.ts).
 */
import { prestartAnalysisWorker } from './analysis-worker';

prestartAnalysisWorker();

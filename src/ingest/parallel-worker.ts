/** One worker of `ingestInParallel`: ingests its share of the texts and sends the outcomes back. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadTaxonomy } from '../lib/taxonomy.ts';
import { ingestFile, type Job, type Outcome } from './parallel.ts';
import type { GenderTags } from './title.ts';

const { jobs, taxonomyDir, genderTags } = workerData as { jobs: Job[]; taxonomyDir: string; genderTags: GenderTags };
const taxonomy = loadTaxonomy(taxonomyDir);
parentPort!.postMessage(jobs.map((job): [string, Outcome] => [job.path, ingestFile(job, taxonomy, genderTags)]));

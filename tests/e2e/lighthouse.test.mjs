// Lighthouse's accessibility, best-practice and SEO audits on the served release build. Its
// performance score moves with the machine's load, so `scripts/bench.sh` reports that instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './support.mjs';
import { lighthouseReport } from './lighthouse.mjs';

test('Lighthouse scores accessibility, best practices and SEO at 95 or more', async () => {
  const server = await serve(undefined, { compress: true });
  try {
    const { scores, lost } = await lighthouseReport(server.url, 'desktop');
    console.log(`Lighthouse (desktop): ${JSON.stringify(scores)}`);
    const short = ['accessibility', 'best-practices', 'seo'].filter((category) => scores[category] < 95);
    assert.deepEqual(short, [], `below 95; audits that cost points:\n${lost.join('\n')}`);
  } finally {
    await server.close();
  }
});

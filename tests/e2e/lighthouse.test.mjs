// Lighthouse's accessibility, best-practice and SEO audits on the served release build, as a
// phone and as a desktop. Its performance score moves with the machine's load, so
// `scripts/bench.sh` reports that instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './support.mjs';
import { lighthouseReport } from './lighthouse.mjs';

for (const formFactor of ['mobile', 'desktop']) {
  test(`Lighthouse (${formFactor}): accessibility 100, best practices and SEO at 95 or more`, async () => {
    const server = await serve(undefined, { compress: true });
    try {
      const { scores, lost } = await lighthouseReport(server.url, formFactor);
      console.log(`Lighthouse (${formFactor}): ${JSON.stringify(scores)}`);
      const short = ['best-practices', 'seo'].filter((category) => scores[category] < 95);
      if (scores.accessibility < 100) short.push('accessibility');
      assert.deepEqual(short, [], `short of the mark; audits that cost points:\n${lost.join('\n')}`);
    } finally {
      await server.close();
    }
  });
}

// Lighthouse scores for the release build, served compressed as a website would serve it:
// performance, accessibility, best practices and SEO, as a phone (Lighthouse's default, with
// its simulated slow network) and as a desktop. Prints the scores and what cost points. Each
// form factor is run `LIGHTHOUSE_RUNS` times (3 by default) and every run printed: a phone's
// simulated largest paint has swung between runs before, and one lucky run hides that.
import { serve } from '../tests/e2e/support.mjs';
import { lighthouseReport, CATEGORIES } from '../tests/e2e/lighthouse.mjs';

const TARGET = 95;
const server = await serve(process.env.DIST ?? undefined, { compress: true });
try {
  const rows = [];
  let version = '';
  const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
  for (const formFactor of ['mobile', 'desktop']) {
    for (let run = 1; run <= runs; run++) {
      const report = await lighthouseReport(server.url, formFactor);
      version = report.version;
      rows.push({ formFactor: `${formFactor} (run ${run} of ${runs})`, ...report });
      if (run === 1 && report.lost.length) console.log(`${formFactor}: audits below 90\n${report.lost.map((l) => `    ${l}`).join('\n')}`);
      console.log(`${formFactor}, run ${run}: largest contentful paint element ${report.metrics.lcpElement}`);
    }
  }
  console.log(`\nLighthouse ${version}, target ${TARGET} in each category`);
  console.log('| form factor | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const { formFactor, scores, metrics } of rows) {
    console.log(`| ${formFactor} | ${CATEGORIES.map((c) => scores[c]).join(' | ')} | ${metrics.fcp} | ${metrics.lcp} | ${metrics.tbt} | ${metrics.cls} |`);
  }
} finally {
  await server.close();
}

// Runs Lighthouse (npm `lighthouse`) in the installed Chromium against a served build.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Lighthouse's report for `url` as a phone (its default: a mid-range phone on a slow mobile
 * network, simulated) or a desktop. Resolves to { scores: { category: 0–100 }, metrics, lost },
 * `lost` naming the audits that cost points.
 */
export async function lighthouseReport(url, formFactor = 'mobile') {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  try {
    const { lhr } = await lighthouse(url, {
      port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES,
    }, formFactor === 'desktop' ? desktopConfig : undefined);
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
    const metric = (id) => lhr.audits[id]?.displayValue ?? '–';
    const metrics = {
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      lcpElement: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? '–',
    };
    const lost = Object.values(lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 0.9
        && !['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode))
      .map((audit) => `${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    return { scores, metrics, lost, version: lhr.lighthouseVersion };
  } finally {
    await chrome.kill();
  }
}

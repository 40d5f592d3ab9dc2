// Re-applies every element template to the diagram elements that use it, with the library Camunda Modeler uses
// (bpmn-js-element-templates) in headless Chromium, and fails if that changes anything or would drop an audit
// mark. Run by `mvn verify` after `npm ci` (npm run check-templates). Needs Chromium: /usr/bin/chromium, a
// `chromium` on the PATH, or GRUNNMODELL_CHROMIUM; without one it says so and is skipped, like the browser tests.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumExecutable } from '../chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

const executable = chromiumExecutable();
if (!executable) {
  console.error('*** TEMPLATE CHECK SKIPPED: no Chromium (apt-get install -y chromium, or set GRUNNMODELL_CHROMIUM)');
  process.exit(0);
}

const bundle = await build({
  entryPoints: [ join(root, 'tools/template-check/page.js') ],
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  logLevel: 'error'
});

const diagrams = readdirSync(join(root, 'processes')).filter(f => f.endsWith('.bpmn')).sort()
  .map(f => ({ name: `processes/${f}`, xml: readFileSync(join(root, 'processes', f), 'utf8') }));
const templates = readdirSync(join(root, '.camunda', 'element-templates')).filter(f => f.endsWith('.json')).sort()
  .flatMap(f => [ JSON.parse(readFileSync(join(root, '.camunda', 'element-templates', f), 'utf8')) ].flat());

const browser = await chromium.launch({
  executablePath: executable,
  args: [ '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking' ]
});
let result;
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push(e.message));
  await page.setContent('<!DOCTYPE html><html><body></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  result = await page.evaluate(([ d, t ]) => window.checkTemplates(d, t), [ diagrams, templates ]);
  result.problems.push(...errors.map(e => `page error: ${e}`));
} finally {
  await browser.close();
}

for (const problem of result.problems) {
  console.log(problem);
}
console.log(`${diagrams.length} diagrams, ${templates.length} templates, ${result.checked} elements re-applied`
  + ` with bpmn-js-element-templates: ${result.problems.length} problems`);
process.exit(result.problems.length ? 1 : 0);

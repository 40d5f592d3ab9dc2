// Lays out a diagram in processes/ from its spec in tools/diagram-layout/specs/ (where each element sits, which
// lanes there are, which sub-processes are drawn collapsed with their content on their own plane) and writes it in
// the form Camunda Modeler saves it. Changes diagram interchange, lanes and the participant only. A one-off aid for
// a big re-layout; small changes are made in Camunda Modeler. `node tools/diagram-layout/layout.mjs family-course`
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const names = process.argv.slice(2);
const bundle = await build({ entryPoints: [ join(root, 'tools/diagram-layout/page.js') ], bundle: true, write: false,
  format: 'iife', platform: 'browser', logLevel: 'error' });
const browser = await chromium.launch({ executablePath: process.env.GRUNNMODELL_CHROMIUM || '/usr/bin/chromium',
  args: [ '--no-sandbox', '--disable-gpu' ] });
try {
  for (const name of names) {
    const { default: spec } = await import(`./specs/${name}.mjs?${Date.now()}`);
    const page = await browser.newPage();
    await page.setContent('<!DOCTYPE html><html><body></body></html>');
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    const file = join(root, 'processes', `${name}.bpmn`);
    const { xml } = await page.evaluate(([ x, s ]) => window.layoutDiagram(x, s), [ readFileSync(file, 'utf8'), spec ]);
    writeFileSync(file, xml);
    console.log(`processes/${name}.bpmn laid out`);
    await page.close();
  }
} finally {
  await browser.close();
}

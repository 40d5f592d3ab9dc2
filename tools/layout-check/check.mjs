// Renders every diagram in processes/ with bpmn-js (Camunda Modeler's renderer) in headless Chromium at 1600×900,
// writes a screenshot of each plane (the main diagram and each collapsed sub-process) to
// target/diagram-screenshots/, and fails if a plane does not fit the window at zoom 0.8 or more, if a label lies on
// another label or on a shape, if shapes overlap or a flow runs across a shape, if a name does not fit its box or
// lies on the task's icon, if the wrapping breaks a word, or if Camunda Modeler's save (bpmn-js Modeler with
// camunda-bpmn-moddle, saveXML({ format: true })) would not give back the file byte for byte. It first checks
// itself on tools/layout-check/fixtures/unreadable.bpmn, which must fail on every count.
// `npm run check-layout`; `npm run check-layout -- --save` rewrites the files in the Modeler's form instead of
// failing on that. Needs Chromium like tools/template-check: without one it says so and is skipped.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumExecutable } from '../chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const save = process.argv.includes('--save');
const only = process.argv.slice(2).filter(a => !a.startsWith('--'));

const executable = chromiumExecutable();
if (!executable) {
  console.error('*** LAYOUT CHECK SKIPPED: no Chromium (apt-get install -y chromium, or set GRUNNMODELL_CHROMIUM)');
  process.exit(0);
}

const bundle = await build({
  entryPoints: [ join(root, 'tools/layout-check/page.js') ],
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  logLevel: 'error'
});

const shots = join(root, 'target', 'diagram-screenshots');
mkdirSync(shots, { recursive: true });
const files = readdirSync(join(root, 'processes')).filter(f => f.endsWith('.bpmn'))
  .filter(f => !only.length || only.some(o => f.includes(o))).sort();

const browser = await chromium.launch({
  executablePath: executable,
  args: [ '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking' ]
});
const problems = [];
// The check checks itself first: a diagram made unreadable on purpose must be caught on every count, or the check
// would pass everything without anyone noticing.
const SELF_TEST = {
  'does not fit': /fits a 1600×900 window only at zoom/,
  'label on a label': /label of Start .* lies on the label of Flow_1/,
  'label on a shape': /label of Start .* lies on TaskA/,
  'shapes overlap': /TaskA .* and TaskB .* overlap/,
  'word broken': /TaskA: the name «Gjennomfør samarbeidsmøte» is broken inside a word/,
  'name on the icon': /TaskB: the name .* lies on the shape's icon/,
  'not the Modeler\'s form': /not in the form Camunda Modeler saves it/
};
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  page.on('pageerror', e => problems.push(`page error: ${e.message}`));
  await page.setContent('<!DOCTYPE html><html><body></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  {
    const fixture = readFileSync(join(root, 'tools/layout-check/fixtures/unreadable.bpmn'), 'utf8');
    const { planes, saved } = await page.evaluate(x => window.loadDiagram(x), fixture);
    const found = saved === fixture ? [] : [ 'not in the form Camunda Modeler saves it' ];
    for (const plane of planes) {
      found.push(...(await page.evaluate(p => window.showPlane(p), plane)).problems);
    }
    for (const [ what, pattern ] of Object.entries(SELF_TEST)) {
      if (!found.some(f => pattern.test(f))) {
        problems.push(`self-test: the check does not notice «${what}» in tools/layout-check/fixtures/unreadable.bpmn`);
      }
    }
  }
  for (const file of files) {
    const name = `processes/${file}`;
    const base = file.replace(/\.bpmn$/, '');
    readdirSync(shots).filter(s => s.startsWith(`${base}--`)).forEach(s => rmSync(join(shots, s)));
    const xml = readFileSync(join(root, 'processes', file), 'utf8');
    const { planes, saved, warnings } = await page.evaluate(x => window.loadDiagram(x), xml);
    warnings.forEach(w => problems.push(`${name}: import warning: ${w}`));
    if (saved !== xml) {
      if (save) {
        writeFileSync(join(root, 'processes', file), saved);
        console.log(`${name}: saved in Camunda Modeler's form`);
      } else {
        problems.push(`${name}: is not in the form Camunda Modeler saves it (a save there would rewrite it); `
          + 'open and save it in Camunda Modeler, or run `npm run check-layout -- --save`');
      }
    }
    for (const plane of planes) {
      const { zoom, size, problems: found } = await page.evaluate(p => window.showPlane(p), plane);
      const shot = join(shots, `${base}--${plane}.png`);
      await page.screenshot({ path: shot });
      console.log(`${name} ${plane}: ${size} px, zoom ${zoom.toFixed(2)}, ${found.length} problems`);
      found.forEach(p => problems.push(`${name} ${plane}: ${p}`));
    }
  }
} finally {
  await browser.close();
}

for (const problem of problems) {
  console.log(problem);
}
console.log(`${files.length} diagrams rendered with bpmn-js at 1600×900 (screenshots in target/diagram-screenshots/): `
  + `${problems.length} problems`);
process.exit(problems.length ? 1 : 0);

// The machine's Chromium for the model checks (tools/template-check, tools/layout-check): GRUNNMODELL_CHROMIUM if
// set, else /usr/bin/chromium or a chromium on the PATH; undefined when there is none (the check is then skipped).
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export function chromiumExecutable() {
  const configured = process.env.GRUNNMODELL_CHROMIUM;
  if (configured && configured.trim()) {
    return configured.trim();
  }
  const candidates = [ '/usr/bin/chromium', ...(process.env.PATH || '').split(delimiter).map(d => join(d, 'chromium')) ];
  return candidates.find(c => existsSync(c));
}

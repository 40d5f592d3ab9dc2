/*
 * Grunnmodell: Cockpit configuration. Shadows the config.js shipped in camunda-webapp-webjar 7.24
 * (same keys, see the commented original in the webjar).
 */
// Plugins load without RequireJS's 7-second limit, and a failed load offers «Prøv igjen» (see the file).
import '../../grunnmodell-load-guard.js';
// The language and the date formats, the same in every app (see the file).
import { sharedConfig } from '../../grunnmodell-config.js';

export default {
  ...sharedConfig({ seconds: true }),

  // grunnmodell-date-format: date formats and the date language (see the script);
  // grunnmodell-sso-logout: «Logg ut» also signs out at the identity provider with OpenID Connect;
  // grunnmodell-migration: «Flytt forløp» on the dashboard, for the process owner;
  // grunnmodell-course-actions: buttons that change courses only for those who may use them;
  // grunnmodell-norske-navn: a course's variables, types, answers and incident types in the leder's words.
  // (The leder's overview on the dashboard is not listed here: it comes with the Java plugin
  // no.grunnmodell.cockpit.GrunnmodellCockpitPlugin, whose plugin.js Cockpit imports by itself.)
  customScripts: ['scripts/grunnmodell-date-format', '../grunnmodell-sso-logout', 'scripts/grunnmodell-course-actions',
    'scripts/grunnmodell-migration', 'scripts/grunnmodell-norske-navn']
};

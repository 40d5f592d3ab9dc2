/*
 * Grunnmodell: Admin configuration. Shadows the config.js shipped in camunda-webapp-webjar 7.24
 * (same keys, see the commented original in the webjar).
 */
// Plugins load without RequireJS's 7-second limit, and a failed load offers «Prøv igjen» (see the file).
import '../../grunnmodell-load-guard.js';
// The language and the date formats, the same in every app (see the file).
import { sharedConfig } from '../../grunnmodell-config.js';

export default {
  // Shown in the header and on the login page as "<vendor> <name>".
  app: {
    vendor: 'Camunda',
    name: 'Administrasjon'
  },

  ...sharedConfig(),

  // grunnmodell-date-format: date formats and the date language (see the script);
  // grunnmodell-sso-logout: «Logg ut» also signs out at the identity provider with OpenID Connect
  customScripts: ['scripts/grunnmodell-date-format', '../grunnmodell-sso-logout']
};

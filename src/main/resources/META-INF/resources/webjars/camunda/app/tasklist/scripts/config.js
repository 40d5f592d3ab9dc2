/*
 * Grunnmodell: Tasklist configuration. Shadows the config.js shipped in camunda-webapp-webjar 7.24
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
    name: 'Oppgaveliste'
  },

  ...sharedConfig(),

  // grunnmodell-date-format: date formats and the date language (see the script);
  // grunnmodell-sso-logout: «Logg ut» also signs out at the identity provider with OpenID Connect
  // grunnmodell-form-validity: «Fullfør» is enabled when the form shows no error (form-js 1.8's goal lists kept it grey)
  // grunnmodell-norsk-skjema: form-js's own texts and the date picker in bokmål
  // grunnmodell-feilmeldinger: error banners with our sentence only, without the engine's prefixes and ids
  customScripts: ['scripts/grunnmodell-date-format', 'scripts/grunnmodell-form-validity', '../grunnmodell-sso-logout',
    'scripts/grunnmodell-norsk-skjema', 'scripts/grunnmodell-feilmeldinger'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'tar den valgte oppgaven'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'flytter fokus til det første filteret i listen'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'flytter fokus til den første oppgaven i listen'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'flytter fokus til det første feltet i oppgaveskjemaet'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'åpner dialogen for å starte et forløp'
    }
  }
};

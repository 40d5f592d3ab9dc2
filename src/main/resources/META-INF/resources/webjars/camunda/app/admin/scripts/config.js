/*
 * Grunnmodell: Admin configuration. Shadows the config.js shipped in camunda-webapp-webjar 7.24
 * (same keys, see the commented original in the webjar).
 */
// Plugins load without RequireJS's 7-second limit, and a failed load offers «Prøv igjen» (see the file).
import '../../grunnmodell-load-guard.js';

export default {
  // Shown in the header and on the login page as "<vendor> <name>".
  app: {
    vendor: 'Camunda',
    name: 'Administrasjon'
  },

  // Norwegian bokmål is the fallback: every browser whose first language is not one of the
  // available locales gets nb. A browser whose first language is English gets the English files.
  locales: {
    availableLocales: ['nb', 'en'],
    fallbackLocale: 'nb'
  },

  // moment.js formats. Admin itself does not read this key; scripts/grunnmodell-date-format.js
  // applies it. Dates are shown in the browser's time zone (Europe/Oslo on Norwegian desktops).
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'lll', // locale-dependent: nb "1. mar 2026 kl. 13:05"
    normal: 'DD.MM.YYYY HH:mm',
    long: 'LLLL', // locale-dependent: nb "søndag 1. mars 2026 kl. 13:05"
    short: 'DD.MM.YYYY'
  },

  // grunnmodell-date-format: date formats and the date language (see the script);
  // grunnmodell-sso-logout: «Logg ut» also signs out at the identity provider with OpenID Connect
  customScripts: ['scripts/grunnmodell-date-format', '../grunnmodell-sso-logout']
};

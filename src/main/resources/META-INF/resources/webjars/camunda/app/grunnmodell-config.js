/*
 * Grunnmodell: what the four webapps' scripts/config.js share (each spreads sharedConfig() into its own
 * configuration and keeps only what is its own: name, customScripts, Tasklist's shortcuts).
 */

/**
 * The language and date settings of every app. {@code seconds}: the normal date-time format shows seconds too
 * (Cockpit, whose own ISO formats show them).
 */
export function sharedConfig({ seconds = false } = {}) {
  return {
    // Norwegian bokmål is the fallback: every browser whose first language is not one of the
    // available locales gets nb. A browser whose first language is English gets the English files.
    locales: {
      availableLocales: ['nb', 'en'],
      fallbackLocale: 'nb'
    },

    // moment.js formats. Tasklist reads this key itself; in Cockpit, Admin and Welcome
    // scripts/grunnmodell-date-format.js applies it. Dates are shown in the browser's time zone
    // (Europe/Oslo on Norwegian desktops).
    dateFormat: {
      monthName: 'MMMM',
      day: 'DD',
      abbr: 'lll', // locale-dependent: nb "1. mar 2026 kl. 13:05"
      normal: seconds ? 'DD.MM.YYYY HH:mm:ss' : 'DD.MM.YYYY HH:mm',
      long: 'LLLL', // locale-dependent: nb "søndag 1. mars 2026 kl. 13:05"
      short: 'DD.MM.YYYY'
    }
  };
}

/*
 * Grunnmodell: date formats and date language of the Camunda webapps (loaded through customScripts in
 * this app's scripts/config.js; the same file ships in every app).
 *
 * 1. Applies the dateFormat of scripts/config.js. Tasklist reads that key itself; Cockpit hard-codes its
 *    formats (ISO dates) and Admin/Welcome ignore the key, so a config block on the app's
 *    "cam.<app>.custom" AngularJS module (which runs after the app's own configuration) sets them.
 * 2. Keeps moment's locale in step with the UI language. Every locale file that is loaded (the preferred
 *    one and the fallback nb) makes its own dateLocales moment's global locale, so an English UI could
 *    end up with Norwegian month names when nb.json arrives last; the UI language's file is then
 *    applied again. (Welcome's en.json has no dateLocales, so Welcome's rare dates stay Norwegian.)
 */
const appName = document.querySelector('base').getAttribute('app-name');
const confName = 'cam' + appName.charAt(0).toUpperCase() + appName.slice(1) + 'Conf';
const formats = (window[confName] || {}).dateFormat;
const angular = window.angular;

if (angular) {
  const module = angular.module('cam.' + appName + '.custom');

  if (formats) {
    module.config([
      'camDateFormatProvider',
      function (camDateFormatProvider) {
        Object.keys(formats).forEach(function (name) {
          camDateFormatProvider.setDateFormat(formats[name], name);
        });
      }
    ]);
  }

  module.run([
    '$rootScope',
    '$translate',
    function ($rootScope, $translate) {
      $rootScope.$on('$translateLoadingEnd', function (event, loaded) {
        const language = $translate.use();
        if (language && loaded && loaded.language !== language) {
          // another language's file arrived after the UI language's: reload the UI language's file
          // (served from the browser's cache) so that its dateLocales are moment's locale again
          $translate.refresh(language);
        }
      });
    }
  ]);
}

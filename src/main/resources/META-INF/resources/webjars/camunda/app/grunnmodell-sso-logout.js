/*
 * Grunnmodell: «Logg ut» with login at the municipality's identity provider (profile oidc). Loaded by every app
 * through customScripts in its scripts/config.js; one file for all four apps.
 *
 * Camunda's button only asks the webapps' API to forget the user. The session at the provider stays, so the next
 * visit would log the same person in again without asking. With single sign-on the button instead goes to the
 * server's /logout, which ends our session and sends the browser to the provider's sign-out. The server says
 * which login is in use (grunnmodell-login.json, no.grunnmodell.security.WebappLoginInfo); without single sign-on the
 * button is left alone.
 */
const appRoot = document.querySelector('base').getAttribute('app-root');

fetch(appRoot + '/app/grunnmodell-login.json', {
  credentials: 'same-origin',
  headers: {Accept: 'application/json'}
})
  .then(function (response) {
    return response.ok ? response.json() : null;
  })
  .then(function (login) {
    if (!login || !login.singleSignOn || !login.logoutUrl) {
      return;
    }
    // Capture phase on the document: runs before the button's own handler (AngularJS ng-click), which then never
    // sees the click. Works for every header the apps render, now or later.
    document.addEventListener(
      'click',
      function (event) {
        const link = event.target instanceof Element ? event.target.closest('li.logout a') : null;
        if (link) {
          event.preventDefault();
          event.stopPropagation();
          window.location.assign(login.logoutUrl);
        }
      },
      true
    );
  })
  .catch(function () {
    // Without the answer the button keeps Camunda's behaviour; the server still ends our session then.
  });

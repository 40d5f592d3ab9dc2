/*
 * Grunnmodell: Cockpit shows the buttons that change a course (cancel, suspend, add or edit variables, retry
 * jobs; on a definition: suspend, job priorities; deleting deployments) to everyone, and the engine refuses them
 * with an English 403 for anyone without the right. In this installation only camunda-admin may use them (and the
 * process owner suspends definitions), so a leder would only ever see them fail.
 *
 * This script asks the server what the logged-in person may do (…/api/cockpit/plugin/grunnmodell/{engine}/rights,
 * read from the engine's authorizations) and puts one class per right on <body>, «gm-may-cancel-courses» and so on,
 * plus the page («gm-page-process-instance», «gm-page-process-definition»). styles/user-styles.css hides every
 * button whose class is missing: until the answer comes, or if it never comes, the buttons stay hidden. The engine
 * still decides: hiding a button grants and refuses nothing.
 */
const base = document.querySelector('base');
const cockpitApi = base.getAttribute('cockpit-api').replace(/\/$/, '');
const RIGHTS = ['cancelCourses', 'suspendCourses', 'changeVariables', 'retryJobs', 'suspendDefinitions',
  'changeDefinitions', 'deleteDeployments'];
const PAGES = {'process-instance': 'gm-page-process-instance', 'process-definition': 'gm-page-process-definition'};

function className(right) {
  return 'gm-may-' + right.replace(/[A-Z]/g, letter => '-' + letter.toLowerCase());
}

function engine() {
  const match = window.location.pathname.match(/\/app\/cockpit\/([^/]+)/);
  return match ? match[1] : 'default';
}

function markPage() {
  const page = (window.location.hash.match(/^#\/([^/?]+)/) || [])[1];
  Object.entries(PAGES).forEach(([route, name]) => document.body.classList.toggle(name, route === page));
}

let asked = 0;

function askForRights() {
  const question = ++asked;
  fetch(`${cockpitApi}/plugin/grunnmodell/${encodeURIComponent(engine())}/rights`, {
    credentials: 'same-origin',
    headers: {Accept: 'application/json'}
  })
    .then(response => (response.ok ? response.json() : {}))
    .catch(() => ({}))
    .then(rights => {
      if (question === asked) {
        RIGHTS.forEach(right => document.body.classList.toggle(className(right), rights[right] === true));
      }
    });
}

markPage();
askForRights();
window.addEventListener('hashchange', markPage);

// Logging in or out changes the person without reloading the page.
const angular = window.angular;
if (angular) {
  angular.module('cam.cockpit.custom').run([
    '$rootScope',
    function ($rootScope) {
      $rootScope.$on('authentication.changed', askForRights);
    }
  ]);
}

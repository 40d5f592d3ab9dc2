/*
 * Grunnmodell in the Tasklist. The Tasklist imports this module because the Java plugin
 * no.grunnmodell.tasklist.GrunnmodellTasklistPlugin is registered; its data come from that plugin's resource
 * (…/api/tasklist/plugin/grunnmodell-tasklist/{engine}/…) with the browser's Tasklist session.
 *
 *  - «Meld trukket samtykke» in the header (plugin point tasklist.navbar.action, kontaktpersons only): asks for the
 *    case number, shows the course and the open steps that will stop, and stops the course only when confirmed.
 *  - After a step is completed, a notice when the course ended with it («Forløpet i sak … er avsluttet»).
 *
 * Plain DOM, no framework; every text from the server is set with textContent, never parsed as HTML.
 */

// The plugin is served at …/camunda/api/<app>/plugin/<name>/static/app/plugin.js: six levels up is …/camunda/
import {el} from '../../../../../../app/grunnmodell-dom.js';

const PLUGIN = 'grunnmodell-tasklist';
const TEXT = {
  action: 'Meld trukket samtykke',
  title: 'Meld fra om trukket samtykke',
  intro: 'Samtykket kan trekkes når som helst. Skriv saksnummeret. Du ser hvilket forløp og hvilke steg som '
    + 'stanses før du bekrefter.',
  caseReference: 'Saksnummer i fagsystemet',
  find: 'Finn forløpet',
  cancel: 'Avbryt',
  close: 'Lukk',
  confirm: 'Stans forløpet',
  finding: 'Henter forløpet …',
  stopping: 'Stanser forløpet …',
  confirmQuestion: 'Vil du stanse dette forløpet?',
  stopsTitle: 'Dette stanses:',
  noOpenSteps: 'Forløpet har ingen åpne steg nå.',
  stopsAlso: 'Tiltak som pågår og evalueringer som venter, stanses også. Alt som er registrert, beholdes. Du får '
    + 'steget «Registrer at samtykket er trukket», og forløpet avsluttes når det er fylt ut.',
  offered: 'tilbudt rollen',
  failed: 'Noe gikk galt. Prøv igjen, eller last inn siden på nytt.',
  loggedOut: 'Du er ikke lenger logget inn. Last inn siden på nytt og logg inn.',
  closedTitle: 'Forløpet er avsluttet'
};

function pluginApi() {
  const base = document.querySelector('base');
  const tasklistApi = (base && base.getAttribute('tasklist-api')) || '/camunda/api/tasklist/';
  const engine = (/\/app\/tasklist\/([^/]+)\//.exec(window.location.pathname) || [null, 'default'])[1];
  return `${tasklistApi.replace(/\/$/, '')}/plugin/${PLUGIN}/${engine}`;
}

function csrfToken() {
  const cookie = document.cookie.split(';').map(c => c.trim()).find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : null;
}

/** JSON from our resource; a refusal becomes an Error whose message is the server's Norwegian sentence. */
async function call(path, options) {
  const response = await fetch(pluginApi() + path, Object.assign({
    credentials: 'same-origin',
    headers: {Accept: 'application/json'}
  }, options || {}));
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (response.status === 401) {
    throw new Error(TEXT.loggedOut);
  }
  if (!response.ok) {
    throw new Error(body && body.message ? body.message : TEXT.failed);
  }
  return body;
}

// ---- «Meld trukket samtykke» ----

function openWithdrawalDialog(csrf) {
  const backdrop = el('div', {class: 'modal-backdrop fade in gm-withdrawal-backdrop'});
  const input = el('input', {type: 'text', id: 'gm-withdrawal-case', class: 'form-control', maxlength: '64',
    autocomplete: 'off'});
  const status = el('div', {class: 'gm-withdrawal-status', role: 'status', 'aria-live': 'polite'});
  const preview = el('div', {class: 'gm-withdrawal-preview'});
  const findButton = el('button', {type: 'submit', class: 'btn btn-primary gm-withdrawal-find'}, TEXT.find);
  const confirmButton = el('button', {type: 'button', class: 'btn btn-danger gm-withdrawal-confirm',
    hidden: 'hidden'}, TEXT.confirm);
  const cancelButton = el('button', {type: 'button', class: 'btn btn-default gm-withdrawal-cancel'}, TEXT.cancel);
  const form = el('form', {class: 'gm-withdrawal-form', novalidate: 'novalidate'},
    el('p', {}, TEXT.intro),
    el('div', {class: 'form-group'},
      el('label', {for: 'gm-withdrawal-case'}, TEXT.caseReference),
      input));
  const dialog = el('div', {class: 'modal fade in gm-withdrawal-dialog', role: 'dialog', 'aria-modal': 'true',
    'aria-labelledby': 'gm-withdrawal-title', style: 'display: block;'},
    el('div', {class: 'modal-dialog'},
      el('div', {class: 'modal-content'},
        el('div', {class: 'modal-header'}, el('h3', {class: 'modal-title', id: 'gm-withdrawal-title'}, TEXT.title)),
        el('div', {class: 'modal-body'}, form, status, preview),
        el('div', {class: 'modal-footer'}, cancelButton, findButton, confirmButton))));
  let found = null;

  function close() {
    backdrop.remove();
    dialog.remove();
    document.removeEventListener('keydown', onKey);
  }

  function onKey(event) {
    if (event.key === 'Escape') {
      close();
    }
  }

  function say(message, kind) {
    status.replaceChildren(message ? el('div', {class: `alert alert-${kind}`}, message) : '');
  }

  function showPreview(course) {
    found = course;
    const facts = [
      ['Forløp', course.course],
      ['Saksnummer', course.caseReference],
      ['Fornavn', course.childFirstName],
      ['Fase', course.phase],
      ['Kontaktperson', course.kontaktperson]
    ].filter(([, value]) => value);
    preview.replaceChildren(
      el('dl', {class: 'dl-horizontal gm-withdrawal-course'},
        facts.map(([label, value]) => [el('dt', {}, label), el('dd', {}, value)])),
      el('p', {}, el('strong', {}, TEXT.stopsTitle)),
      course.openSteps.length
        ? el('ul', {class: 'gm-withdrawal-steps'}, course.openSteps.map(step =>
          el('li', {}, step.name, ` (${step.heldBy || TEXT.offered})`)))
        : el('p', {}, TEXT.noOpenSteps),
      el('p', {}, TEXT.stopsAlso),
      el('p', {class: 'gm-withdrawal-question'}, el('strong', {}, TEXT.confirmQuestion)));
    findButton.hidden = true;
    confirmButton.hidden = false;
    confirmButton.focus();
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    found = null;
    preview.replaceChildren();
    confirmButton.hidden = true;
    findButton.hidden = false;
    say(TEXT.finding, 'info');
    try {
      const course = await call(`/consent-withdrawal?caseReference=${encodeURIComponent(input.value.trim())}`);
      say(null);
      showPreview(course);
    } catch (e) {
      say(e.message, 'danger');
    }
  });
  findButton.addEventListener('click', event => {
    event.preventDefault();
    form.requestSubmit();
  });
  // A changed case number needs a new look-up before anything can be stopped.
  input.addEventListener('input', () => {
    if (found) {
      found = null;
      preview.replaceChildren();
      confirmButton.hidden = true;
      findButton.hidden = false;
      say(null);
    }
  });
  confirmButton.addEventListener('click', async () => {
    if (!found) {
      return;
    }
    confirmButton.disabled = true;
    say(TEXT.stopping, 'info');
    try {
      const token = csrfToken() || csrf;
      const headers = {Accept: 'application/json', 'Content-Type': 'application/json'};
      if (token) {
        headers['X-XSRF-TOKEN'] = token;
      }
      const outcome = await call('/consent-withdrawal', {method: 'POST', headers,
        body: JSON.stringify({caseReference: found.caseReference})});
      preview.replaceChildren();
      form.hidden = true;
      say(outcome.message, 'success');
      confirmButton.hidden = true;
      findButton.hidden = true;
      cancelButton.textContent = TEXT.close;
      cancelButton.focus();
    } catch (e) {
      say(e.message, 'danger');
    } finally {
      confirmButton.disabled = false;
    }
  });
  cancelButton.addEventListener('click', close);
  document.addEventListener('keydown', onKey);
  document.body.append(backdrop, dialog);
  input.focus();
}

function renderWithdrawalAction(node, options) {
  const csrf = options && options.api ? options.api.CSRFToken : null;
  const link = el('a', {href: '', class: 'gm-withdrawal-action', role: 'button', hidden: 'hidden'},
    el('span', {class: 'glyphicon glyphicon-ban-circle', 'aria-hidden': 'true'}), ' ', TEXT.action);
  link.addEventListener('click', event => {
    event.preventDefault();
    openWithdrawalDialog(csrf);
  });
  node.append(link);
  call('/consent-withdrawal/allowed').then(answer => {
    link.hidden = !(answer && answer.allowed);
  }).catch(() => {
    link.hidden = true;
  });
}

// ---- «Forløpet er avsluttet» after the last step ----

function showCourseClosed(message) {
  document.querySelectorAll('.gm-course-closed').forEach(old => old.remove());
  const closeButton = el('button', {type: 'button', class: 'close', 'aria-label': TEXT.close},
    el('span', {'aria-hidden': 'true'}, '×'));
  const notice = el('div', {class: 'alert alert-success gm-course-closed', role: 'status'},
    closeButton, el('strong', {}, TEXT.closedTitle), el('br'), message);
  closeButton.addEventListener('click', () => notice.remove());
  document.body.append(notice);
}

async function afterStep(taskId) {
  try {
    const answer = await call(`/after-step/${encodeURIComponent(taskId)}`);
    if (answer && answer.closed) {
      showCourseClosed(answer.message);
    }
  } catch (e) {
    // the step was completed; a notice that cannot be fetched is no error for the caseworker
  }
}

/**
 * The Tasklist completes a step with POST …/task/{id}/submit-form (XMLHttpRequest through the Camunda SDK); when
 * it succeeded, ask whether the course ended with it.
 */
function watchCompletedSteps() {
  const proto = XMLHttpRequest.prototype;
  if (proto.gmWatched) {
    return;
  }
  proto.gmWatched = true;
  const open = proto.open;
  const send = proto.send;
  proto.open = function (method, url) {
    this.gmRequest = {method: String(method).toUpperCase(), url: String(url)};
    return open.apply(this, arguments);
  };
  proto.send = function () {
    const request = this.gmRequest;
    const match = request && request.method === 'POST'
      && /\/task\/([^/?#]+)\/submit-form(?:[?#]|$)/.exec(request.url);
    if (match) {
      this.addEventListener('load', () => {
        if (this.status >= 200 && this.status < 300) {
          afterStep(decodeURIComponent(match[1]));
        }
      });
    }
    return send.apply(this, arguments);
  };
}

watchCompletedSteps();

export default [
  {
    id: 'grunnmodell-consent-withdrawal',
    pluginPoint: 'tasklist.navbar.action',
    priority: 50,
    render: renderWithdrawalAction
  }
];

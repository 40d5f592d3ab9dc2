/*
 * Grunnmodell: a course's page in Cockpit in the leder's words (loaded through customScripts in scripts/config.js).
 *
 * Cockpit shows what the engine stores: variable names from the code (birthDate), Java types (String, Date), coded
 * answers (INTAKE), «null», the process key (FamilyCourse), our incident type (fristOverskredet) and a hard-coded
 * «Actions» column. Cockpit has no hook for these, and its translation files cover only its own texts, so this
 * script rewrites them where Cockpit draws them: the variables' names and answers as the forms label them (from
 * …/api/cockpit/plugin/grunnmodell/{engine}/labels, read from the forms on the server), types and «null» in
 * Norwegian, and the definition key and id hidden from the course's information (its name and version stay).
 * Only what is shown changes: copying a name («Klikk for å kopiere») still copies the variable's real name.
 * A step's assignee and owner («Brukeroppgaver») are shown by first and last name, read from the user directory
 * with the leder's own session (staff may read it), with the user id kept in the cell's title.
 */
(function () {
  const base = document.querySelector('base');
  const cockpitApi = base.getAttribute('cockpit-api').replace(/\/$/, '');
  const engineApi = base.getAttribute('engine-api').replace(/\/$/, '');
  const USER_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  const TYPES = {
    String: 'Tekst', Integer: 'Heltall', Long: 'Heltall', Short: 'Heltall', Double: 'Desimaltall',
    Boolean: 'Ja/nei', Date: 'Dato', Json: 'Strukturert', Xml: 'Strukturert', Object: 'Objekt', Null: 'Tom',
    Bytes: 'Fil', File: 'Fil'
  };
  const BOOLEANS = { true: 'Ja', false: 'Nei' };
  const HIDDEN_INFORMATION = ['Definisjonsnøkkel', 'Definisjons-ID'];
  let labels = { names: {}, values: {}, incidentTypes: {} };
  let labelTexts = new Set();

  function engine() {
    const match = window.location.pathname.match(/\/app\/cockpit\/([^/]+)/);
    return match ? match[1] : 'default';
  }

  // Replaces the text of the element's first non-blank text node (Cockpit binds each cell's text to one node).
  function rewrite(element, translate) {
    if (!element) {
      return;
    }
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.data.trim();
      if (text) {
        const shown = translate(text);
        if (shown !== undefined && shown !== null && shown !== text) {
          node.data = node.data.replace(text, shown);
        }
        return;
      }
    }
  }

  function variableRow(row) {
    const nameCell = row.querySelector('td.col-name');
    if (!nameCell) {
      return;
    }
    // the real name, kept on the row (the cell's text is then replaced by its label)
    const current = nameCell.textContent.trim();
    if (current && !labelTexts.has(current)) {
      row.dataset.gmName = current;
    }
    const name = row.dataset.gmName;
    rewrite(nameCell.querySelector('[cam-widget-clipboard]') || nameCell, text => labels.names[text]);
    rewrite(row.querySelector('td.col-type'), text => TYPES[text]);
    rewrite(row.querySelector('td.col-value'), text => {
      const coded = (labels.values[name] || {})[text];
      return coded || BOOLEANS[text] || (text === 'null' ? '–' : undefined);
    });
  }

  // user id -> «First Last»; null while asked or when the directory has no name
  const people = {};
  const shownNames = new Set();

  function personName(id) {
    if (!USER_ID.test(id)) {
      return undefined;
    }
    if (id in people) {
      return people[id] || undefined;
    }
    people[id] = null;
    fetch(`${engineApi}/engine/${encodeURIComponent(engine())}/user/${encodeURIComponent(id)}/profile`, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    })
      .then(response => (response.ok ? response.json() : null))
      .catch(() => null)
      .then(profile => {
        const name = profile && [ profile.firstName, profile.lastName ].filter(Boolean).join(' ').trim();
        if (name) {
          people[id] = name;
          shownNames.add(name);
          apply();
        } else {
          people[id] = ''; // no name to show (or not allowed to read it): the id stays, and is not asked for again
        }
      });
    return undefined;
  }

  function personCell(cell) {
    rewrite(cell, text => {
      if (shownNames.has(text)) {
        return undefined;
      }
      const name = personName(text);
      if (name) {
        cell.title = text;
      }
      return name;
    });
  }

  function apply() {
    askForLabels();
    document.querySelectorAll('td.assignee, td.owner').forEach(personCell);
    document.querySelectorAll('tr').forEach(variableRow);
    document.querySelectorAll('td.actions, th.actions').forEach(cell => rewrite(cell, text =>
      (text === 'Actions' ? 'Handlinger' : undefined)));
    document.querySelectorAll('dl.process-information dt').forEach(dt => {
      const hide = HIDDEN_INFORMATION.some(label => dt.textContent.trim().startsWith(label));
      if (hide) {
        dt.style.display = 'none';
        if (dt.nextElementSibling && dt.nextElementSibling.tagName === 'DD') {
          dt.nextElementSibling.style.display = 'none';
        }
      }
    });
    document.querySelectorAll('dl.process-information dd').forEach(dd => rewrite(dd, text =>
      (text === 'null' ? '–' : undefined)));
    // incident types wherever Cockpit lists them (a cell or a link of its own)
    document.querySelectorAll('.ctn-tabbed-content td, .ctn-tabbed-content a, .dashboard td, .dashboard a')
      .forEach(cell => {
        if (cell.children.length === 0) {
          rewrite(cell, text => labels.incidentTypes[text]);
        }
      });
  }

  let scheduled = false;
  const observer = new MutationObserver(function () {
    if (!scheduled) {
      scheduled = true;
      window.requestAnimationFrame(function () {
        scheduled = false;
        apply();
      });
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });

  // Asked again until it is answered: the page loads before the login, when the answer is 401. At most one
  // question every three seconds; one asked too soon waits for its turn rather than being dropped, since the page
  // may not change again after the login (then nothing would ask).
  let loaded = false;
  let askedAt = 0;
  let waiting = false;
  let questions = 0;

  function askForLabels() {
    if (loaded || waiting || questions >= 100) {
      return;
    }
    const wait = askedAt + 3000 - Date.now();
    if (wait > 0) {
      waiting = true;
      setTimeout(() => {
        waiting = false;
        askForLabels();
      }, wait);
      return;
    }
    askedAt = Date.now();
    questions += 1;
    fetch(`${cockpitApi}/plugin/grunnmodell/${encodeURIComponent(engine())}/labels`, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    })
      .then(response => (response.ok ? response.json() : null))
      .catch(() => null)
      .then(answer => {
        if (answer && !loaded) {
          loaded = true;
          labels = answer;
          labelTexts = new Set(Object.values(answer.names));
          apply();
        } else if (!answer) {
          askForLabels();
        }
      });
  }

  askForLabels();
})();

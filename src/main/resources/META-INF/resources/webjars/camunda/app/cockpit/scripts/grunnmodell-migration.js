/*
 * Grunnmodell: «Flytt forløp» on Cockpit's dashboard, for the process owner (prosesseier) and administrators
 * (loaded through customScripts in this app's scripts/config.js).
 *
 * After a diagram is changed, running courses stay on the version they started on. For every process with courses
 * on older versions, the panel shows the dry run (which courses would move to the latest version, which would stay
 * and why) and a «Flytt forløpene» button that moves those that can. Courses are named by course id and case
 * reference only. The server is the Cockpit plugin grunnmodell-migration (no.grunnmodell.migration), called with the
 * Cockpit login; it answers 403 to everyone else, and then the panel shows nothing.
 *
 * The DOM is built with textContent only: nothing from the server is read as HTML.
 */
const PLUGIN = 'grunnmodell-migration';

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (name === 'text') {
      node.textContent = value;
    } else if (name.startsWith('on')) {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value);
    }
  });
  children.filter(Boolean).forEach(child => node.appendChild(child));
  return node;
}

function client(api) {
  const base = `${api.cockpitApi}/plugin/${PLUGIN}/${api.engine}/migrations`;
  async function call(method, path, body) {
    const response = await fetch(base + path, {
      method,
      credentials: 'same-origin',
      headers: Object.assign(
        {Accept: 'application/json'},
        body ? {'Content-Type': 'application/json', 'X-XSRF-TOKEN': api.CSRFToken} : {}
      ),
      body: body ? JSON.stringify(body) : undefined
    });
    const data = await response.json().catch(() => null);
    if (!response.ok) {
      const error = new Error((data && data.message) || `HTTP ${response.status}`);
      error.status = response.status;
      throw error;
    }
    return data;
  }
  return {
    overview: () => call('GET', '/overview'),
    dryRun: key => call('GET', `/dry-run?processKey=${encodeURIComponent(key)}`),
    migrate: key => call('POST', '', {processKey: key})
  };
}

const OUTCOME_TEXT = {
  CAN_MOVE: 'Kan flyttes',
  CANNOT_MOVE: 'Blir der det er',
  MOVED: 'Flyttet',
  NOT_MOVED: 'Ble der det var'
};

function courseTable(report) {
  const head = el('tr', {},
    ...['Forløp', 'Saksnummer', 'Tjeneste', 'Versjon', 'Venter i', 'Resultat', 'Hvorfor'].map(text =>
      el('th', {text})));
  const rows = report.courses.map(course => el('tr', {'data-process-instance': course.processInstanceId},
    el('td', {text: course.courseId || course.processInstanceId}),
    el('td', {text: course.caseReference || ''}),
    el('td', {text: course.serviceId || ''}),
    el('td', {text: String(course.fromVersion)}),
    el('td', {text: course.waitingIn.join(', ')}),
    el('td', {text: OUTCOME_TEXT[course.outcome] || course.outcome, class: 'gm-migration-outcome'}),
    el('td', {}, ...course.reasons.map(reason => el('div', {text: reason.norwegian, title: reason.detail || ''})))
  ));
  return el('table', {class: 'table table-bordered table-condensed'}, el('thead', {}, head),
    el('tbody', {}, ...rows));
}

function processSection(process, api, refresh) {
  const section = el('div', {class: 'gm-migration-process', 'data-process-key': process.processKey});
  const versions = process.olderVersions.map(v => `versjon ${v.version}: ${v.courses}`).join(', ');
  section.appendChild(el('h4', {text: `${process.name || process.processKey} (${process.processKey})`}));
  section.appendChild(el('p', {text: `${process.coursesOnOlderVersions} forløp går på eldre versjoner (${versions}). `
    + `Siste versjon er ${process.latestVersion}.`}));
  const body = el('div', {}, el('p', {text: 'Prøver flyttingen …'}));
  section.appendChild(body);

  const show = (...nodes) => {
    body.textContent = '';
    nodes.filter(Boolean).forEach(node => body.appendChild(node));
  };
  const failed = error => show(el('div', {class: 'alert alert-danger', text: `Det gikk ikke: ${error.message}`}));

  const migrate = () => client(api).migrate(process.processKey).then(report => {
    show(
      el('p', {class: 'gm-migration-result', text: `${report.counts.MOVED} forløp er flyttet til versjon `
        + `${report.targetVersion}; ${report.counts.NOT_MOVED} ble der de var.`}),
      courseTable(report),
      el('button', {class: 'btn btn-default', text: 'Oppdater', onclick: refresh})
    );
  }, failed);

  client(api).dryRun(process.processKey).then(report => {
    const movable = report.counts.CAN_MOVE;
    const confirm = el('span', {});
    const button = el('button', {
      class: 'btn btn-primary gm-migration-move',
      text: 'Flytt forløpene',
      onclick: () => {
        button.disabled = true;
        confirm.appendChild(el('span', {text: ` Flytte ${movable} forløp til versjon ${report.targetVersion}? `}));
        confirm.appendChild(el('button', {
          class: 'btn btn-danger gm-migration-confirm',
          text: `Ja, flytt ${movable} forløp`,
          onclick: () => {
            show(el('p', {text: 'Flytter forløpene …'}));
            migrate();
          }
        }));
        confirm.appendChild(el('button', {class: 'btn btn-link', text: 'Avbryt', onclick: refresh}));
      }
    });
    button.disabled = movable === 0;
    show(
      el('p', {text: `Prøvekjøring: ${movable} forløp kan flyttes til versjon ${report.targetVersion}, `
        + `${report.counts.CANNOT_MOVE} blir der de er. Forløp som ikke kan flyttes, blir der de er.`}),
      courseTable(report),
      el('p', {}, button, confirm)
    );
  }, failed);
  return section;
}

function render(node, api) {
  node.textContent = '';
  const refresh = () => render(node, api);
  client(api).overview().then(processes => {
    const panel = el('section', {class: 'gm-migration'},
      el('h3', {class: 'section-title', text: 'Flytt forløp til siste versjon'}));
    if (processes.length === 0) {
      panel.appendChild(el('p', {text: 'Alle forløp går på siste versjon av diagrammet sitt.'}));
    }
    processes.forEach(process => panel.appendChild(processSection(process, api, refresh)));
    node.appendChild(panel);
  }, error => {
    if (error.status !== 403) {
      node.appendChild(el('div', {class: 'alert alert-danger',
        text: `Flytt forløp: kunne ikke lese forløpene på eldre versjoner (${error.message}).`}));
    }
  });
}

export default {
  id: 'grunnmodell-migration-dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: -10,
  render: (node, {api}) => render(node, api)
};

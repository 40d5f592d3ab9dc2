/*
 * Grunnmodell: the leder's overview on the Cockpit dashboard (plugin point cockpit.dashboard, the plugin
 * interface of Camunda 7.14+). Cockpit imports this module because the Java plugin
 * no.grunnmodell.cockpit.GrunnmodellCockpitPlugin is registered; its data come from that plugin's resource
 * (…/api/cockpit/plugin/grunnmodell/{engine}/overview) with the browser's Cockpit session, the same figures as
 * /api/reports/overview. Plain DOM and an inline SVG chart: no framework, no build step.
 * Every text from the server is set with textContent, never parsed as HTML.
 */

// The plugin is served at …/camunda/api/<app>/plugin/<name>/static/app/plugin.js: six levels up is …/camunda/
import {el} from '../../../../../../app/grunnmodell-dom.js';

const MONTHS = ['jan.', 'feb.', 'mar.', 'apr.', 'mai', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'];
const TEXT = {
  loading: 'Henter oversikten …',
  failed: 'Kunne ikke hente oversikten. Prøv å laste inn siden på nytt.',
  notLeder: 'Oversikten over forsinkede steg og evalueringer er for lederen i barnevernstjenesten.',
  loggedOut: 'Du er ikke lenger logget inn. Last inn siden på nytt og logg inn.',
  chooseService: 'Du leder ingen barnevernstjeneste. Skriv tjenestens id (for eksempel lorenskog) for å se oversikten:',
  unknownService: 'Det finnes ingen barnevernstjeneste med den id-en.',
  nobody: 'Ikke tatt av noen (tilbudt en rolle)'
};

function date(isoDate) {
  const [y, m, d] = isoDate.substring(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

function dateTime(isoInstant) {
  const at = new Date(isoInstant);
  const pad = n => String(n).padStart(2, '0');
  return `${pad(at.getDate())}.${pad(at.getMonth() + 1)}.${at.getFullYear()} kl. ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

function month(yearMonth) {
  const [y, m] = yearMonth.split('-');
  return `${MONTHS[Number(m) - 1]} ${y}`;
}

function person(first, last) {
  return first || last ? [first, last].filter(Boolean).join(' ') : TEXT.nobody;
}

function days(n) {
  return n === 1 ? '1 dag' : `${n} dager`;
}

function courseLink(caseReference, processInstanceId) {
  return el('a', {href: `#/process-instance/${encodeURIComponent(processInstanceId)}/runtime`,
    title: 'Åpne forløpet i Cockpit'}, caseReference || 'uten saksnummer');
}

function table(caption, headers, rows, empty, name) {
  const section = el('section', {class: 'gm-block', 'data-block': name}, el('h3', null, caption));
  if (!rows.length) {
    section.append(el('p', {class: 'gm-empty'}, empty));
    return section;
  }
  section.append(el('table', {class: 'cam-table gm-table'},
    el('thead', null, el('tr', null, headers.map(h => (h.num ? el('th', {class: 'gm-num'}, h.num) : el('th', null, h))))),
    el('tbody', null, rows)));
  return section;
}

function figure(label, value, name, warn) {
  return el('div', {class: 'gm-figure' + (warn && value > 0 ? ' gm-warn' : '')},
    el('span', {class: 'gm-figure-value', 'data-figure': name}, String(value)),
    el('span', {class: 'gm-figure-label'}, label));
}

/** The share of deadlines kept per month as bars; a month without deadlines has no bar. */
function keptChart(months) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  const width = 720;
  const height = 200;
  const barArea = 130;
  const slot = width / months.length;
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('class', 'gm-chart');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Andel frister overholdt per måned, siste 12 måneder');
  const add = (tag, attrs, text) => {
    const node = document.createElementNS(ns, tag);
    Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
    if (text !== undefined) {
      node.textContent = text;
    }
    svg.append(node);
    return node;
  };
  [0, 50, 100].forEach(p => {
    const y = 20 + barArea - (barArea * p) / 100;
    add('line', {x1: 0, x2: width, y1: y, y2: y, class: 'gm-chart-grid'});
  });
  months.forEach((m, i) => {
    const x = i * slot + slot * 0.2;
    const barWidth = slot * 0.6;
    const share = m.sharePercent;
    if (share !== null && share !== undefined) {
      const h = Math.max(1, (barArea * share) / 100);
      const bar = add('rect', {x, y: 20 + barArea - h, width: barWidth, height: h,
        class: share >= 90 ? 'gm-bar' : share >= 70 ? 'gm-bar gm-bar-mid' : 'gm-bar gm-bar-low',
        'data-month': m.month, 'data-share': share});
      add('title', {}, `${month(m.month)}: ${share} % overholdt (${m.met} av ${m.met + m.missed})`);
      bar.append(svg.lastChild);
      add('text', {x: x + barWidth / 2, y: 14 + barArea - h, class: 'gm-chart-value'}, `${share} %`);
    } else {
      add('text', {x: x + barWidth / 2, y: 14 + barArea, class: 'gm-chart-value gm-chart-none'}, '–');
    }
    add('text', {x: x + barWidth / 2, y: 20 + barArea + 18, class: 'gm-chart-label'}, MONTHS[Number(m.month.substring(5)) - 1]);
    add('text', {x: x + barWidth / 2, y: 20 + barArea + 34, class: 'gm-chart-label gm-chart-year'},
      i === 0 || m.month.endsWith('-01') ? m.month.substring(0, 4) : '');
  });
  return svg;
}

function render(container, o, csvUrl) {
  const e = o.evaluations;
  const running = o.coursesPerPhase.reduce((sum, p) => sum + p.courses, 0);
  container.replaceChildren(
    el('header', {class: 'gm-head'},
      el('h2', null, `Oversikt for leder – ${o.serviceName}`),
      el('span', {class: 'gm-asof'}, `Per ${dateTime(o.asOf)}`),
      el('a', {class: 'btn btn-default btn-sm gm-csv', href: csvUrl, download: ''}, 'Last ned som CSV')),
    el('div', {class: 'gm-figures'},
      figure('forsinkede steg', o.overdueSteps, 'overdueSteps', true),
      figure('evalueringer på overtid', e.overdue, 'evaluationsOverdue', true),
      figure(`evalueringer de neste ${e.days} dagene`, e.dueSoon, 'evaluationsDueSoon'),
      figure('forløp i gang', running, 'runningCourses')),
    el('div', {class: 'gm-columns'},
      table('Forsinkede steg per steg', ['Steg', {num: 'Forsinket'}, {num: 'Lengst på overtid'}],
        o.overduePerStep.map(s => el('tr', {'data-step': s.step},
          el('td', null, s.name), el('td', {class: 'gm-num', 'data-count': ''}, s.overdue),
          el('td', {class: 'gm-num'}, days(s.maxDaysOverdue)))),
        'Ingen steg er forsinket.', 'perStep'),
      table('Forsinkede steg per kontaktperson', ['Kontaktperson', {num: 'Forsinket'}],
        o.overduePerKontaktperson.map(p => el('tr', {'data-person': person(p.firstName, p.lastName)},
          el('td', null, person(p.firstName, p.lastName)), el('td', {class: 'gm-num', 'data-count': ''}, p.overdue))),
        'Ingen steg er forsinket.', 'perKontaktperson')),
    table('Eldste forsinkede steg', ['Saksnummer', 'Steg', 'Hos', 'Frist', {num: 'På overtid'}],
      o.oldestOverdue.slice(0, 10).map(s => el('tr', null,
        el('td', null, courseLink(s.caseReference, s.processInstanceId)), el('td', null, s.name),
        el('td', null, person(s.heldByFirstName, s.heldByLastName)), el('td', null, date(s.due)),
        el('td', {class: 'gm-num'}, days(s.daysOverdue)))),
      'Ingen steg er forsinket.', 'oldest'),
    el('div', {class: 'gm-columns'},
      evaluations(`Evalueringer på overtid (${e.overdue})`, e.overdueCourses, 'Ingen evalueringer er på overtid.',
        'evaluationsOverdue', true),
      evaluations(`Evalueringer de neste ${e.days} dagene (${e.dueSoon})`, e.dueSoonCourses,
        `Ingen evalueringer de neste ${e.days} dagene.`, 'evaluationsDueSoon', false)),
    el('div', {class: 'gm-columns'},
      table('Forløp per fase', ['Fase', {num: 'Forløp'}],
        o.coursesPerPhase.map(p => el('tr', {'data-phase': p.phase || ''},
          el('td', null, p.label), el('td', {class: 'gm-num', 'data-count': ''}, p.courses))),
        'Ingen forløp er i gang.', 'perPhase'),
      el('section', {class: 'gm-block', 'data-block': 'kept'},
        el('h3', null, 'Frister overholdt per måned, siste 12 måneder'),
        o.deadlinesKeptPerMonth.some(m => m.sharePercent !== null)
          ? keptChart(o.deadlinesKeptPerMonth)
          : el('p', {class: 'gm-empty'}, 'Ingen frister de siste 12 månedene.'),
        el('p', {class: 'gm-note'}, 'Overholdt: steget ble fullført innen fristen. Steg som fortsatt er åpne etter '
          + 'fristen, teller som ikke overholdt.'))));
}

/**
 * A course's evaluation: its step is open (the date is the step's deadline), or the step is still to come on the
 * evaluation date, or that date has passed and the step never came (the course needs looking at).
 */
function evaluationState(v, overdue) {
  if (v.openStep) {
    return 'Steget er åpent';
  }
  return overdue ? 'Steget har ikke kommet' : 'Kommer på datoen';
}

function evaluations(caption, rows, empty, name, overdue) {
  return table(caption, ['Saksnummer', 'Forløp', 'Kontaktperson', 'Dato', 'Status'],
    rows.slice(0, 10).map(v => el('tr', null,
      el('td', null, courseLink(v.caseReference, v.processInstanceId)), el('td', null, v.course),
      el('td', null, person(v.kontaktpersonFirstName, v.kontaktpersonLastName)), el('td', null, date(v.due)),
      el('td', null, evaluationState(v, overdue)))),
    empty, name);
}

function message(container, text) {
  container.replaceChildren(el('p', {class: 'gm-message', role: 'status'}, text));
}

async function load(container, api, serviceId) {
  const base = `${api.cockpitApi}/plugin/grunnmodell/${encodeURIComponent(api.engine)}/overview`;
  const query = serviceId ? `?serviceId=${encodeURIComponent(serviceId)}` : '';
  message(container, TEXT.loading);
  let response;
  try {
    response = await fetch(base + query, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  } catch (e) {
    message(container, TEXT.failed);
    return;
  }
  if (response.ok) {
    try {
      render(container, await response.json(), `${base}.csv${query}`);
    } catch (e) {
      message(container, TEXT.failed);
    }
  } else if (response.status === 401) {
    message(container, TEXT.loggedOut);
  } else if (response.status === 403) {
    message(container, TEXT.notLeder);
  } else if (response.status === 400 && !serviceId) {
    askForService(container, api);
  } else if (response.status === 404 || response.status === 400) {
    askForService(container, api, TEXT.unknownService);
  } else {
    message(container, TEXT.failed);
  }
}

/** camunda-admin leads no service: it names one. */
function askForService(container, api, problem) {
  const input = el('input', {type: 'text', class: 'form-control', 'aria-label': 'Tjenestens id'});
  const form = el('form', {class: 'form-inline gm-service'},
    el('p', null, problem ? `${problem} ${TEXT.chooseService}` : TEXT.chooseService), input,
    el('button', {type: 'submit', class: 'btn btn-default'}, 'Vis oversikten'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    if (input.value.trim()) {
      load(container, api, input.value.trim());
    }
  });
  container.replaceChildren(form);
}

export default {
  id: 'grunnmodell-leder-overview',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render(node, {api}) {
    const container = el('div', {class: 'gm-overview', lang: 'nb'});
    node.append(container);
    load(container, api);
  }
};

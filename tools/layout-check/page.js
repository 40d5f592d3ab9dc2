// Runs in headless Chromium (bundled by check.mjs): renders a diagram with bpmn-js, the renderer Camunda Modeler
// uses, and measures what a reader sees: does each plane fit a 1600×900 window, does any label lie on another label
// or on a shape, does the text wrapping break a word, and does the Modeler save the file exactly as it is.
import Modeler from 'bpmn-js/lib/Modeler';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';

export const WIDTH = 1600;
export const HEIGHT = 900;
export const MIN_ZOOM = 0.8;
const MARGIN = 20;

let modeler;

function newModeler() {
  document.body.innerHTML = '';
  document.body.style.margin = '0';
  const container = document.createElement('div');
  container.style.width = WIDTH + 'px';
  container.style.height = HEIGHT + 'px';
  container.style.background = 'white';
  document.body.appendChild(container);
  return new Modeler({ container, moddleExtensions: { camunda: camundaModdle } });
}

/** Imports a diagram; returns its planes (main first, then one per collapsed sub-process) and the Modeler's save. */
window.loadDiagram = async function(xml) {
  modeler = newModeler();
  const { warnings } = await modeler.importXML(xml);
  const { xml: saved } = await modeler.saveXML({ format: true });
  const planes = modeler.get('canvas').getRootElements().map(r => r.id);
  return { planes, saved, warnings: warnings.map(w => w.message) };
};

function rootOf(element) {
  let e = element;
  while (e.parent) {
    e = e.parent;
  }
  return e;
}

const CONTAINERS = [ 'bpmn:Participant', 'bpmn:Lane' ];

function isContainer(e) {
  return CONTAINERS.includes(e.type) || (e.type === 'bpmn:SubProcess' && e.collapsed === false);
}

function box(x, y, width, height) {
  return { x, y, width, height };
}

function overlap(a, b, tolerance = 1) {
  return a.x + a.width - tolerance > b.x && b.x + b.width - tolerance > a.x
    && a.y + a.height - tolerance > b.y && b.y + b.height - tolerance > a.y;
}

function inside(inner, outer, tolerance = 1) {
  return inner.x >= outer.x - tolerance && inner.y >= outer.y - tolerance
    && inner.x + inner.width <= outer.x + outer.width + tolerance
    && inner.y + inner.height <= outer.y + outer.height + tolerance;
}

function describe(b) {
  return `[${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}×${Math.round(b.height)}]`;
}

/** The words of a name as the renderer lays them out: whitespace separates, nothing else. */
function words(text) {
  return (text || '').split(/\s+/).filter(w => w);
}

/**
 * Shows one plane at the largest zoom (at most 1) at which all of it fits the window, and checks it.
 *
 * @return {{ zoom: number, size: string, problems: string[] }}
 */
window.showPlane = function(rootId) {
  const canvas = modeler.get('canvas');
  const registry = modeler.get('elementRegistry');
  const root = registry.get(rootId);
  canvas.setRootElement(root);
  const problems = [];
  const elements = registry.filter(e => e !== root && rootOf(e) === root);

  // The plane's extent: shapes, labels, waypoints.
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const extend = (x, y) => {
    minX = Math.min(minX, x); minY = Math.min(minY, y); maxX = Math.max(maxX, x); maxY = Math.max(maxY, y);
  };
  for (const e of elements) {
    if (e.waypoints) {
      e.waypoints.forEach(p => extend(p.x, p.y));
    } else if (!e.hidden) {
      extend(e.x, e.y);
      extend(e.x + e.width, e.y + e.height);
    }
  }
  const width = maxX - minX, height = maxY - minY;
  const zoom = Math.min(1, WIDTH / (width + 2 * MARGIN), HEIGHT / (height + 2 * MARGIN));
  canvas.viewbox({
    x: minX - (WIDTH / zoom - width) / 2,
    y: minY - (HEIGHT / zoom - height) / 2,
    width: WIDTH / zoom,
    height: HEIGHT / zoom
  });
  if (zoom < MIN_ZOOM) {
    problems.push(`is ${Math.round(width)}×${Math.round(height)} px: fits a ${WIDTH}×${HEIGHT} window only at zoom `
      + `${zoom.toFixed(2)}, less than ${MIN_ZOOM}`);
  }

  // Rendered text, in diagram coordinates, with the element it belongs to.
  const viewbox = canvas.viewbox();
  const containerRect = canvas.getContainer().getBoundingClientRect();
  const toDiagram = r => box(viewbox.x + (r.left - containerRect.left) / viewbox.scale,
    viewbox.y + (r.top - containerRect.top) / viewbox.scale, r.width / viewbox.scale, r.height / viewbox.scale);
  const texts = [];
  for (const e of elements) {
    const gfx = registry.getGraphics(e);
    const owner = e.labelTarget || e;
    for (const text of gfx ? gfx.querySelectorAll(':scope > .djs-visual > text') : []) {
      const lines = [ ...text.querySelectorAll('tspan') ].map(t => t.textContent);
      if (!lines.join('').trim()) {
        continue;
      }
      texts.push({ owner, element: e, lines, box: toDiagram(text.getBoundingClientRect()) });
    }
  }

  // No word broken by the wrapping: every rendered word is one of the name's words.
  for (const t of texts) {
    const name = t.owner.businessObject.name;
    const expected = new Set(words(name));
    const broken = t.lines.flatMap(words).filter(w => !expected.has(w));
    if (broken.length) {
      problems.push(`${t.owner.id}: the name «${name}» is broken inside a word: ${t.lines.map(l => `«${l}»`).join(' / ')}`);
    }
  }

  const shapes = elements.filter(e => !e.waypoints && !e.labelTarget && !e.hidden);
  const isHost = (a, b) => a.host === b || b.host === a;
  const ownedBy = (t, s) => t.owner === s;

  // Text inside a shape stays inside it and clear of its icon and markers.
  for (const t of texts.filter(t => !t.element.labelTarget && !isContainer(t.element))) {
    const s = t.element;
    const bounds = box(s.x, s.y, s.width, s.height);
    if (!inside(t.box, bounds)) {
      problems.push(`${s.id}: the name «${s.businessObject.name}» ${describe(t.box)} does not fit in its box ${describe(bounds)}`);
    }
    const marks = [];
    if (/Task$/.test(s.type) && s.type !== 'bpmn:Task') {
      marks.push(box(s.x + 4, s.y + 4, 20, 20));
    }
    if ((s.type === 'bpmn:SubProcess' || s.type === 'bpmn:CallActivity') && s.collapsed !== false) {
      marks.push(box(s.x + s.width / 2 - 8, s.y + s.height - 20, 16, 16));
    }
    for (const other of shapes) {
      if (other !== s && !isContainer(other) && overlap(t.box, box(other.x, other.y, other.width, other.height))) {
        problems.push(`${s.id}: the name «${s.businessObject.name}» lies on ${other.id}`);
      }
    }
    for (const m of marks) {
      if (overlap(t.box, m)) {
        problems.push(`${s.id}: the name «${s.businessObject.name}» lies on the shape's icon or marker`);
      }
    }
  }

  // Labels vs labels.
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i], b = texts[j];
      if (a.owner !== b.owner && overlap(a.box, b.box)) {
        problems.push(`label of ${a.owner.id} «${a.lines.join(' ')}» ${describe(a.box)} lies on the label of ${b.owner.id} «${b.lines.join(' ')}» ${describe(b.box)}`);
      }
    }
  }

  // Labels vs shapes: an external label (of a flow, event or gateway) lies on no other shape; it may be inside a
  // container (sub-process, lane) but not across its border.
  for (const t of texts.filter(t => t.element.labelTarget || isContainer(t.element))) {
    for (const s of shapes) {
      if (ownedBy(t, s) || s === t.element) {
        continue;
      }
      const bounds = box(s.x, s.y, s.width, s.height);
      if (isContainer(s)) {
        if (overlap(t.box, bounds) && !inside(t.box, bounds)) {
          problems.push(`label of ${t.owner.id} «${t.lines.join(' ')}» ${describe(t.box)} lies across the border of ${s.id} ${describe(bounds)}`);
        }
      } else if (overlap(t.box, bounds)) {
        problems.push(`label of ${t.owner.id} «${t.lines.join(' ')}» ${describe(t.box)} lies on ${s.id} ${describe(bounds)}`);
      }
    }
  }

  // Shapes vs shapes: apart, or one inside a container, or a boundary event on its host.
  for (let i = 0; i < shapes.length; i++) {
    for (let j = i + 1; j < shapes.length; j++) {
      const a = shapes[i], b = shapes[j];
      const ab = box(a.x, a.y, a.width, a.height), bb = box(b.x, b.y, b.width, b.height);
      if (!overlap(ab, bb) || isHost(a, b)) {
        continue;
      }
      if (isContainer(a) && inside(bb, ab) || isContainer(b) && inside(ab, bb)) {
        continue;
      }
      if (isContainer(a) && isContainer(b) && (a.type === 'bpmn:Lane' || b.type === 'bpmn:Lane')) {
        continue; // an expanded sub-process may span lanes
      }
      problems.push(`${a.id} ${describe(ab)} and ${b.id} ${describe(bb)} overlap`);
    }
  }
  // Flows pass no shape but their own ends (and the containers they run in).
  for (const c of elements.filter(e => e.waypoints)) {
    for (const s of shapes) {
      if (s === c.source || s === c.target || isContainer(s) || s.host === c.source || c.target.host === s
          || s.host === c.target || c.source.host === s) {
        continue;
      }
      const b = box(s.x + 2, s.y + 2, s.width - 4, s.height - 4);
      for (let i = 1; i < c.waypoints.length; i++) {
        const p = c.waypoints[i - 1], q = c.waypoints[i];
        const seg = box(Math.min(p.x, q.x), Math.min(p.y, q.y), Math.abs(p.x - q.x), Math.abs(p.y - q.y));
        if (overlap(seg, b, 0)) {
          problems.push(`flow ${c.id} runs across ${s.id} ${describe(box(s.x, s.y, s.width, s.height))}`);
          break;
        }
      }
    }
  }
  return { zoom, size: `${Math.round(width)}×${Math.round(height)}`, problems };
};

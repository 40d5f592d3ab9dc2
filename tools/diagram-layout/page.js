// Runs in headless Chromium (bundled by layout.mjs): lays a diagram out anew from a spec (where each element sits),
// writing only diagram interchange (DI), lanes and the participant; the process itself (ids, flows, behaviour) is
// not touched. Uses bpmn-js's own moddle and text metrics, and returns the Modeler's save of the result.
import Modeler from 'bpmn-js/lib/Modeler';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';

const SIZES = {
  'bpmn:StartEvent': [ 36, 36 ], 'bpmn:EndEvent': [ 36, 36 ], 'bpmn:IntermediateCatchEvent': [ 36, 36 ],
  'bpmn:IntermediateThrowEvent': [ 36, 36 ], 'bpmn:BoundaryEvent': [ 36, 36 ],
  'bpmn:ExclusiveGateway': [ 50, 50 ], 'bpmn:ParallelGateway': [ 50, 50 ], 'bpmn:EventBasedGateway': [ 50, 50 ],
  'bpmn:InclusiveGateway': [ 50, 50 ]
};
const HEADER = 30;

const isGateway = bo => /Gateway$/.test(bo.$type);
const isEvent = bo => /Event$/.test(bo.$type);
const isActivity = bo => !isGateway(bo) && !isEvent(bo);
const hasIcon = bo => /Task$/.test(bo.$type) && bo.$type !== 'bpmn:Task';

window.layoutDiagram = async function(xml, spec) {
  const container = document.createElement('div');
  container.style.width = '1600px';
  container.style.height = '900px';
  document.body.appendChild(container);
  const modeler = new Modeler({ container, moddleExtensions: { camunda: camundaModdle } });
  await modeler.importXML(xml);
  const moddle = modeler.get('moddle');
  const textRenderer = modeler.get('textRenderer');
  const defs = modeler.getDefinitions();
  const process = defs.rootElements.find(e => e.$type === 'bpmn:Process');
  const log = [];

  const byId = {};
  (function collect(container) {
    for (const fe of container.flowElements || []) {
      byId[fe.id] = fe;
      if (fe.flowElements) {
        collect(fe);
      }
    }
  })(process);

  const bounds = (x, y, width, height) => moddle.create('dc:Bounds', {
    x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) });
  const point = (x, y) => moddle.create('dc:Point', { x: Math.round(x), y: Math.round(y) });

  function taskWidth(bo, min) {
    const name = bo.name || '';
    const words = name.split(/\s+/).filter(w => w);
    for (let w = min; w <= 240; w += 10) {
      const text = textRenderer.createText(name, { box: { width: w - 6, height: 80 }, align: 'center-middle', padding: 7 });
      const lines = [ ...text.querySelectorAll('tspan') ].map(t => t.textContent);
      const ok = lines.flatMap(l => l.split(/\s+/).filter(x => x)).every(x => words.includes(x));
      if (ok && lines.length <= 2) {
        return w;
      }
    }
    return 240;
  }

  function labelSize(name) {
    const b = textRenderer.getExternalLabelBounds({ x: 0, y: 0, width: 0, height: 0 }, name);
    return [ Math.ceil(b.width), Math.ceil(b.height) ];
  }

  // Event names the renderer cannot wrap without breaking a word (external labels are 90 px wide).
  for (const [ id, name ] of Object.entries(spec.names || {})) {
    byId[id].name = name;
  }
  defs.get('diagrams').length = 0;
  let collaboration;

  for (const planeSpec of spec.planes) {
    const owner = planeSpec.element === process.id ? process : byId[planeSpec.element];
    if (!owner) {
      throw new Error(`no element ${planeSpec.element}`);
    }
    const elements = [];
    const expanded = new Set(planeSpec.expanded || []);
    (function members(c) {
      for (const fe of c.flowElements || []) {
        elements.push(fe);
        if (expanded.has(fe.id)) {
          members(fe);
        }
      }
    })(owner);
    const nodes = elements.filter(e => e.$type !== 'bpmn:SequenceFlow');
    const flows = elements.filter(e => e.$type === 'bpmn:SequenceFlow');

    // Rows: y of each row's centre line.
    const rowHeights = planeSpec.rowHeights || [];
    const rowCount = (planeSpec.lanes || [ { rows: planeSpec.rows || 1 } ]).reduce((s, l) => s + l.rows, 0);
    const top = planeSpec.top || 0;
    const rowTop = [];
    let y = top;
    for (let r = 0; r <= rowCount; r++) {
      rowTop.push(y);
      y += rowHeights[r] || planeSpec.rowHeight || 130;
    }
    const rowCenter = r => {
      const i = Math.floor(r);
      const f = r - i;
      const h = rowHeights[i] || planeSpec.rowHeight || 130;
      return rowTop[i] + h / 2 + f * h;
    };

    // Shapes.
    const box = {};
    const missing = nodes.filter(n => !(planeSpec.at[n.id] || planeSpec.box?.[n.id] || n.$type === 'bpmn:BoundaryEvent'));
    if (missing.length) {
      throw new Error(`${planeSpec.element}: no position for ${missing.map(m => m.id).join(', ')}`);
    }
    for (const n of nodes.filter(n => n.$type !== 'bpmn:BoundaryEvent')) {
      if (planeSpec.box?.[n.id]) {
        const [ bx, by, bw, bh ] = planeSpec.box[n.id];
        box[n.id] = { x: bx, y: typeof by === 'number' ? by : rowTop[by.row] + (by.dy || 0), width: bw,
          height: typeof bh === 'number' ? bh : rowTop[bh.row] - (typeof by === 'number' ? by : rowTop[by.row] + (by.dy || 0)) + (bh.dy || 0) };
        continue;
      }
      const [ cx, row, w0 ] = planeSpec.at[n.id];
      let [ w, h ] = SIZES[n.$type] || [ w0 || taskWidth(n, planeSpec.taskWidth || 100), 80 ];
      box[n.id] = { x: cx - w / 2, y: rowCenter(row) - h / 2, width: w, height: h };
    }
    for (const n of nodes.filter(n => n.$type === 'bpmn:BoundaryEvent')) {
      const host = box[n.attachedToRef.id];
      const [ side, offset ] = planeSpec.attach?.[n.id] || [ 'bottom', 0.5 ];
      const fx = host.x + host.width * offset;
      box[n.id] = side === 'bottom' ? { x: fx - 18, y: host.y + host.height - 18, width: 36, height: 36 }
        : side === 'right' ? { x: host.x + host.width - 18, y: host.y + host.height * offset - 18, width: 36, height: 36 }
          : { x: fx - 18, y: host.y - 18, width: 36, height: 36 };
    }

    const planeElements = [];
    const di = {};

    // Lanes: in the main plane inside a participant (pool); in a sub-process's own plane, the sub-process's own
    // lane set, drawn without a pool.
    if (planeSpec.lanes) {
      const main = owner === process;
      const xs = Object.values(box).flatMap(b => [ b.x, b.x + b.width ]);
      const left = Math.min(...xs) - (planeSpec.padLeft || 40) - (main ? 2 : 1) * HEADER;
      const right = Math.max(...xs) + (planeSpec.padRight || 40);
      const laneSet = moddle.create('bpmn:LaneSet', { id: `LaneSet_${owner.id}` });
      laneSet.$parent = owner;
      owner.get('laneSets').length = 0;
      owner.get('laneSets').push(laneSet);
      if (main) {
        const participant = moddle.create('bpmn:Participant', { id: `Participant_${process.id}`,
          name: planeSpec.participantName || process.name, processRef: process });
        collaboration = moddle.create('bpmn:Collaboration', { id: `Collaboration_${process.id}`, participants: [ participant ] });
        participant.$parent = collaboration;
        planeElements.push(moddle.create('bpmndi:BPMNShape', { id: `${participant.id}_di`, bpmnElement: participant,
          isHorizontal: true, bounds: bounds(left, top, right - left, rowTop[rowCount] - top) }));
      }
      const laneLeft = main ? left + HEADER : left;
      let r = 0;
      for (const l of planeSpec.lanes) {
        const lane = moddle.create('bpmn:Lane', { id: main ? l.id : `${l.id}_${owner.id.replace(/^SubProcess_/, '')}`, name: l.name });
        lane.$parent = laneSet;
        laneSet.get('lanes').push(lane);
        const ly = rowTop[r], lh = rowTop[r + l.rows] - rowTop[r];
        for (const n of nodes) {
          // the steps of an expanded sub-process too: the lanes are drawn across it
          if (n.$type === 'bpmn:BoundaryEvent' || n.$parent !== owner && !expanded.has(n.$parent.id)) {
            continue;
          }
          const b = box[n.id];
          const cy = b.y + b.height / 2;
          if (cy >= ly && cy < ly + lh) {
            lane.get('flowNodeRef').push(n);
          }
        }
        planeElements.push(moddle.create('bpmndi:BPMNShape', { id: `${lane.id}_di`, bpmnElement: lane,
          isHorizontal: true, bounds: bounds(laneLeft, ly, right - laneLeft, lh) }));
        r += l.rows;
      }
    }

    // Shapes in order: containers first so they are drawn below their content.
    const ordered = [ ...nodes ].sort((a, b) => (expanded.has(b.id) ? 1 : 0) - (expanded.has(a.id) ? 1 : 0));
    for (const n of ordered) {
      const b = box[n.id];
      const attrs = { id: `${n.id}_di`, bpmnElement: n, bounds: bounds(b.x, b.y, b.width, b.height) };
      if (n.$type === 'bpmn:ExclusiveGateway') {
        attrs.isMarkerVisible = true;
      }
      if (n.$type === 'bpmn:SubProcess') {
        attrs.isExpanded = expanded.has(n.id);
      }
      const shape = moddle.create('bpmndi:BPMNShape', attrs);
      di[n.id] = shape;
      if (n.name && (isGateway(n) || isEvent(n))) {
        const [ lw, lh ] = labelSize(n.name);
        const cx = b.x + b.width / 2, cy = b.y + b.height / 2;
        const where = planeSpec.labels?.[n.id] || (n.$type === 'bpmn:BoundaryEvent' ? 'below-right' : 'below');
        let lx, ly;
        if (Array.isArray(where)) {
          [ lx, ly ] = [ cx - lw / 2 + where[0], b.y + b.height + 4 + where[1] ];
        } else if (where === 'above') {
          [ lx, ly ] = [ cx - lw / 2, b.y - lh - 4 ];
        } else if (where === 'left') {
          [ lx, ly ] = [ b.x - lw - 4, cy - lh / 2 ];
        } else if (where === 'right') {
          [ lx, ly ] = [ b.x + b.width + 4, cy - lh / 2 ];
        } else if (where === 'above-left') {
          [ lx, ly ] = [ b.x - lw + 6, b.y - lh - 2 ];
        } else if (where === 'above-right') {
          [ lx, ly ] = [ b.x + b.width - 6, b.y - lh - 2 ];
        } else if (where === 'below-right') {
          [ lx, ly ] = [ b.x + b.width - 4, b.y + b.height + 2 ];
        } else if (where === 'below-left') {
          [ lx, ly ] = [ b.x - lw + 4, b.y + b.height + 2 ];
        } else {
          [ lx, ly ] = [ cx - lw / 2, b.y + b.height + 4 ];
        }
        shape.label = moddle.create('bpmndi:BPMNLabel', { bounds: bounds(lx, ly, lw, lh) });
      }
      planeElements.push(shape);
    }

    // Edges.
    for (const f of flows) {
      const s = box[f.sourceRef.id], t = box[f.targetRef.id];
      const sc = { x: s.x + s.width / 2, y: s.y + s.height / 2 }, tc = { x: t.x + t.width / 2, y: t.y + t.height / 2 };
      const route = planeSpec.routes?.[f.id];
      let pts;
      if (Array.isArray(route)) {
        pts = route.map(p => typeof p[1] === 'object' ? [ p[0], rowCenter(p[1].row) + (p[1].dy || 0) ] : p);
        pts = [ start(s, sc, pts[0]), ...pts, end(t, tc, pts[pts.length - 1]) ];
      } else if (route && route.via !== undefined) {
        const vy = typeof route.via === 'number' && route.via > 50 ? route.via : rowCenter(route.via.row ?? route.via) + (route.via.dy || 0);
        const sy = vy > sc.y ? s.y + s.height : s.y;
        const ty = vy > tc.y ? t.y + t.height : t.y;
        const sx = route.sx !== undefined ? route.sx : sc.x;
        const tx = route.tx !== undefined ? route.tx : tc.x;
        pts = [ [ sx, sy ], [ sx, vy ], [ tx, vy ], [ tx, ty ] ];
      } else {
        const kind = route || (Math.abs(sc.y - tc.y) < 2 ? 'h' : Math.abs(sc.x - tc.x) < 2 ? 'v'
          : f.sourceRef.$type === 'bpmn:BoundaryEvent' || isGateway(f.sourceRef) ? 'vh'
            : isGateway(f.targetRef) || isEvent(f.targetRef) ? 'hv' : 'hvh');
        const forward = tc.x >= sc.x;
        if (kind === 'hs' || kind === 'ht') {
          const ly = kind === 'hs' ? sc.y : tc.y;
          pts = [ [ s.x + s.width, ly ], [ t.x, ly ] ];
        } else if (kind === 'h') {
          pts = forward ? [ [ s.x + s.width, sc.y ], [ t.x, sc.y ] ] : [ [ s.x, sc.y ], [ t.x + t.width, sc.y ] ];
        } else if (kind === 'vh') {
          const sy = tc.y > sc.y ? s.y + s.height : s.y;
          pts = [ [ sc.x, sy ], [ sc.x, tc.y ], [ forward ? t.x : t.x + t.width, tc.y ] ];
        } else if (kind === 'hv') {
          const ty = tc.y > sc.y ? t.y : t.y + t.height;
          pts = [ [ forward ? s.x + s.width : s.x, sc.y ], [ tc.x, sc.y ], [ tc.x, ty ] ];
        } else if (kind === 'v') {
          pts = tc.y > sc.y ? [ [ sc.x, s.y + s.height ], [ sc.x, t.y ] ] : [ [ sc.x, s.y ], [ sc.x, t.y + t.height ] ];
        } else {
          const mx = (typeof kind === 'object' && kind.mx) || (s.x + s.width + t.x) / 2;
          pts = [ [ s.x + s.width, sc.y ], [ mx, sc.y ], [ mx, tc.y ], [ t.x, tc.y ] ];
        }
      }
      const edge = moddle.create('bpmndi:BPMNEdge', { id: `${f.id}_di`, bpmnElement: f,
        waypoint: pts.map(p => point(p[0], p[1])) });
      if (f.name) {
        const [ lw, lh ] = labelSize(f.name);
        const [ a, b ] = pts;
        const where = planeSpec.flowLabels?.[f.id];
        let lx, ly;
        if (Array.isArray(where)) {
          [ lx, ly ] = [ a[0] + where[0], a[1] + where[1] ];
        } else if (Math.abs(a[0] - b[0]) < 1) { // vertical first: beside it
          lx = a[0] + 5;
          ly = b[1] > a[1] ? a[1] + 4 : a[1] - lh - 4;
        } else {
          lx = b[0] > a[0] ? a[0] + 6 : a[0] - lw - 6;
          ly = a[1] - lh - 3;
        }
        edge.label = moddle.create('bpmndi:BPMNLabel', { bounds: bounds(lx, ly, lw, lh) });
      }
      planeElements.push(edge);
    }

    const planeOwner = planeSpec.lanes && owner === process ? collaboration : owner;
    const plane = moddle.create('bpmndi:BPMNPlane', { id: `BPMNPlane_${planeSpec.element}`,
      bpmnElement: planeOwner, planeElement: planeElements });
    defs.get('diagrams').push(moddle.create('bpmndi:BPMNDiagram', { id: `BPMNDiagram_${planeSpec.element}`, plane }));
  }
  if (collaboration) {
    const roots = defs.get('rootElements');
    const old = roots.findIndex(r => r.$type === 'bpmn:Collaboration');
    if (old >= 0) {
      roots.splice(old, 1);
    }
    collaboration.$parent = defs;
    roots.splice(roots.indexOf(process), 0, collaboration);
  }
  const { xml: out } = await modeler.saveXML({ format: true });
  // Once more through import and save, so the result is exactly what the Modeler saves.
  const again = new Modeler({ container, moddleExtensions: { camunda: camundaModdle } });
  await again.importXML(out);
  const { xml: saved } = await again.saveXML({ format: true });
  return { xml: saved, log };
};

function start(s, sc, p) {
  // Leave the source on the side facing the first waypoint.
  if (Math.abs(p[0] - sc.x) < 1) {
    return [ sc.x, p[1] > sc.y ? s.y + s.height : s.y ];
  }
  return [ p[0] > sc.x ? s.x + s.width : s.x, sc.y ];
}

function end(t, tc, p) {
  if (Math.abs(p[0] - tc.x) < 1) {
    return [ tc.x, p[1] > tc.y ? t.y + t.height : t.y ];
  }
  return [ p[0] > tc.x ? t.x + t.width : t.x, tc.y ];
}

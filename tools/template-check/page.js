// Runs in headless Chromium (bundled by check.mjs): applies the element templates the way Camunda Modeler does,
// with the same library (bpmn-js-element-templates, Camunda 7 templates), and reports what that changes.
import Modeler from 'bpmn-js/lib/Modeler';
import { ElementTemplatesCoreModule } from 'bpmn-js-element-templates/core';
import CamundaPlatformBehaviors from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';

const AUDIT_MARKS = [ 'auditEvent', 'auditDecision' ];

/**
 * For each diagram: every element with camunda:modelerTemplate gets its template applied again (as the Modeler
 * does on «Update» or re-selecting it: old and new template the same), and must come out unchanged; and applying
 * its template from scratch (as on an element without one) must keep its audit marks.
 *
 * @param {Array<{ name: string, xml: string }>} diagrams
 * @param {Array<Object>} templates
 * @return {Promise<{ problems: string[], checked: number }>}
 */
window.checkTemplates = async function(diagrams, templates) {
  const problems = [];
  let checked = 0;

  for (const { name, xml } of diagrams) {
    const modeler = newModeler(templates, problems);
    await modeler.importXML(xml);
    const before = await snapshot(modeler);

    const elementTemplates = modeler.get('elementTemplates');
    const templated = modeler.get('elementRegistry')
      .filter(e => !e.labelTarget && e.businessObject && e.businessObject.get('camunda:modelerTemplate'));

    for (const element of templated) {
      const id = element.businessObject.get('camunda:modelerTemplate');
      const template = elementTemplates.get(element);
      if (!template) {
        problems.push(`${name} ${element.id}: template ${id} version ${element.businessObject.get('camunda:modelerTemplateVersion')} is not in .camunda/element-templates/ (or not valid)`);
        continue;
      }
      elementTemplates.applyTemplate(element, template);
      checked++;
    }

    const after = await snapshot(modeler);
    for (const [ id, was ] of Object.entries(before)) {
      if (after[id] !== was) {
        problems.push(`${name} ${id}: re-applying its template changes it\n    before: ${was}\n    after:  ${after[id]}`);
      }
    }

    // From scratch: a fresh modeler, each template applied to its element as if none were applied yet.
    const fresh = newModeler(templates, []);
    await fresh.importXML(xml);
    const freshTemplates = fresh.get('elementTemplates');
    for (const element of fresh.get('elementRegistry').filter(e => !e.labelTarget && e.businessObject
        && e.businessObject.get('camunda:modelerTemplate'))) {
      const template = freshTemplates.get(element);
      if (!template) {
        continue;
      }
      const marks = auditMarks(element.businessObject);
      fresh.get('commandStack').execute('propertiesPanel.camunda.changeTemplate', { element, newTemplate: template });
      const now = auditMarks(element.businessObject);
      if (JSON.stringify(now) !== JSON.stringify(marks)) {
        problems.push(`${name} ${element.id}: applying template ${template.id} from scratch changes its audit marks from ${JSON.stringify(marks)} to ${JSON.stringify(now)}`);
      }
    }
  }
  return { problems, checked };
};

function newModeler(templates, problems) {
  const container = document.createElement('div');
  container.style.width = '1600px';
  container.style.height = '900px';
  document.body.appendChild(container);
  const modeler = new Modeler({
    container,
    moddleExtensions: { camunda: camundaModdle },
    additionalModules: [ ElementTemplatesCoreModule, CamundaPlatformBehaviors ]
  });
  modeler.get('eventBus').on('elementTemplates.errors', ({ errors }) => {
    errors.forEach(e => problems.push(`.camunda/element-templates: ${e.message}`));
  });
  modeler.get('elementTemplatesLoader').setTemplates(templates);
  return modeler;
}

function auditMarks(bo) {
  const marks = {};
  const ext = bo.get('extensionElements');
  for (const value of (ext && ext.get('values')) || []) {
    if (value.$type === 'camunda:Properties') {
      for (const p of value.get('values') || []) {
        if (AUDIT_MARKS.includes(p.get('name'))) {
          marks[p.get('name')] = p.get('value');
        }
      }
    }
  }
  return marks;
}

/**
 * Each element's semantic XML, what matters to the engine: its attributes, and its extension elements grouped by
 * kind (the order of different kinds does not matter, the order within a kind, such as listeners, does).
 */
async function snapshot(modeler) {
  const { xml } = await modeler.saveXML({ format: false });
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const result = {};
  for (const el of doc.getElementsByTagNameNS('http://www.omg.org/spec/BPMN/20100524/MODEL', '*')) {
    const id = el.getAttribute('id');
    if (!id) {
      continue;
    }
    const attributes = [ ...el.attributes ].map(a => `${a.name}=${a.value}`).sort().join(' ');
    const ext = [ ...el.children ].find(c => c.localName === 'extensionElements');
    const groups = {};
    for (const c of ext ? [ ...ext.children ] : []) {
      (groups[c.tagName] = groups[c.tagName] || []).push(new XMLSerializer().serializeToString(c));
    }
    const extension = Object.keys(groups).sort().map(k => groups[k].join('')).join('');
    result[id] = `${attributes} ${extension}`.replace(/\s+xmlns(:\w+)?="[^"]*"/g, '');
  }
  return result;
}

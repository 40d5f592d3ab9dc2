/*
 * Grunnmodell: the one DOM helper of our Cockpit and Tasklist plugins (plugin-webapp/…/app/plugin.js import it).
 * Served from the webapps' own folder (…/camunda/app/), since a plugin's resource serves only its plugin.js and
 * plugin.css. Every text is set as a text node, never parsed as HTML.
 */

/** An element with attributes (null and undefined left out) and children (nodes, or text; null, false left out). */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([name, value]) => {
    if (value !== undefined && value !== null) {
      node.setAttribute(name, value);
    }
  });
  children.flat(Infinity).forEach(child => {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return node;
}

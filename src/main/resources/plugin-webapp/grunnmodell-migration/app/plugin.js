/*
 * Grunnmodell: Cockpit loads app/plugin.js of every Java plugin. The grunnmodell-migration plugin adds only a server
 * resource; its panel («Flytt forløp») is scripts/grunnmodell-migration.js, loaded through customScripts in Cockpit's
 * scripts/config.js. An empty list of plugins, so that loading this module does not fail.
 */
export default [];

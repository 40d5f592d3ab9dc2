/*
 * Grunnmodell: the webapps' first load does not give up after 7 seconds, and a load that fails says so in
 * Norwegian with a button to try again (imported by each app's scripts/config.js, the only file the webapps run
 * before they load their plugins).
 *
 * The webapps load their plugins with a bundled RequireJS whose default timeout is 7 seconds; Camunda's
 * `window.require = {waitSeconds: 0}` in index.html never reaches that bundled copy. A slow first request (see
 * platform/WebappWarmUp) then stopped the page on a spinner with «Load timeout for modules: …» in the console.
 */
const requirejs = window.require;

if (requirejs && typeof requirejs.config === 'function') {
  requirejs.config({ waitSeconds: 60 });
  requirejs.onError = function (error) {
    window.console.error(error);
    if (document.getElementById('grunnmodell-load-failed')) {
      return;
    }
    const box = document.createElement('div');
    box.id = 'grunnmodell-load-failed';
    box.setAttribute('role', 'alert');
    box.style.cssText = 'position:fixed;top:80px;left:50%;transform:translateX(-50%);z-index:2000;max-width:520px;'
      + 'padding:16px 20px;background:#f2dede;color:#a94442;border:1px solid #ebccd1;border-radius:4px;'
      + 'font-size:16px;';
    const text = document.createElement('p');
    text.textContent = 'Siden ble ikke ferdig lastet. Det skjer av og til like etter at tjenesten er startet.';
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.className = 'btn btn-primary';
    retry.textContent = 'Prøv igjen';
    retry.addEventListener('click', function () {
      window.location.reload();
    });
    box.appendChild(text);
    box.appendChild(retry);
    document.body.appendChild(box);
  };
}

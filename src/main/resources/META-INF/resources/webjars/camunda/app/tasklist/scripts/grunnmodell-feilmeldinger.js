/*
 * Grunnmodell: the Tasklist's error banners say our Norwegian sentence and nothing else (loaded through
 * customScripts in scripts/config.js).
 *
 * The server already answers the webapps with our sentence (platform/RestErrorTranslation), but the Tasklist adds
 * its own wrapping before it shows it: a task that is gone comes out as "<task> <- <sentence>" twice (its data
 * loader prefixes the name of what it was loading, and the same text is used as the title), and an engine message
 * that reaches it unmapped keeps "Cannot submit task form …: ENGINE-03051 …" in front. Here every notification's
 * title and text are cleaned before they are shown: the loader's prefix and the engine's prefixes and ids are
 * removed, a text that is then still the engine's English becomes a plain Norwegian sentence (the original goes to
 * the browser console for support), and a title equal to its text is shown once.
 */
(function () {
  const angular = window.angular;
  if (!angular) {
    return;
  }

  const FALLBACK = 'Det gikk ikke. Last siden på nytt og prøv igjen. Hvis det fortsatt ikke går, kontakt brukerstøtte.';
  const KNOWN = [
    [/No matching (task|process instance|execution)|task is null|Cannot find task|does not exist/i,
      'Fant ikke dette i din tjeneste. Det kan være fullført, avsluttet eller høre til en annen tjeneste.'],
    [/is already claimed|TaskAlreadyClaimed/i, 'Oppgaven er allerede tatt av en annen.'],
    [/\(401\)$|Unauthorized/i, 'Du er logget ut. Last siden på nytt og logg inn igjen.'],
    [/does not have .* permission|AuthorizationException|^Forbidden$|\(403\)$/i,
      'Du har ikke tilgang til å gjøre dette. Spør leder i tjenesten hvis du mener du skal ha det.'],
    [/is suspended/i, 'Forløpet er satt på vent, så steget kan ikke gjøres nå.'],
    [/OptimisticLocking|was updated by another transaction/i,
      'Noen andre endret dette samtidig. Last siden på nytt og prøv igjen.']
  ];
  // What only the engine writes: its ids, its exception names, its "Cannot <do> <what> <id>:" openings.
  const ENGINE = /ENGINE-\d+|Exception|^Cannot |^Could not |<-/i;
  // English words no Norwegian sentence of ours has (in a text without æ, ø or å)
  const ENGLISH = /\b(the|is|not|with|of|task|process|failed|error)\b/i;

  function clean(text) {
    if (typeof text !== 'string' || !text) {
      return text;
    }
    // the prefix comes raw in the text and HTML-escaped in the title; the rest is left as it is (it is shown as HTML)
    let t = text.replace(/^(\s*(<|&lt;)[^<>&]*(>|&gt;)\s*(<|&lt;)-\s*)+/, '');
    // a listener's refusal inside the engine's wrapping: "… invoking the TaskListener. Message: '<ours>'"
    const quoted = /Message: '([\s\S]*)'\s*$/.exec(t);
    if (quoted) {
      t = quoted[1];
    }
    t = t.replace(/^Cannot [^:]*:\s*/, '').replace(/^(ENGINE-\d+\s*)+/, '').trim();
    if (ENGINE.test(t) || /^[\x20-\x7e]+$/.test(t) && ENGLISH.test(t)) {
      for (let i = 0; i < KNOWN.length; i++) {
        if (KNOWN[i][0].test(text)) {
          return KNOWN[i][1];
        }
      }
      window.console.warn('Grunnmodell: engine message shown as a Norwegian sentence:', text);
      return FALLBACK;
    }
    return t;
  }

  angular.module('cam.tasklist.custom').config([
    '$provide',
    function ($provide) {
      $provide.decorator('Notifications', [
        '$delegate',
        function (Notifications) {
          const addError = Notifications.addError;
          Notifications.addError = function (notification) {
            if (notification && typeof notification === 'object') {
              notification.status = clean(notification.status);
              notification.message = clean(notification.message);
              if (notification.message && notification.status === notification.message) {
                notification.message = '';
              }
            }
            return addError.apply(this, arguments);
          };
          return Notifications;
        }
      ]);
    }
  ]);
})();

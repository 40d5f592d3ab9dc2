/*
 * Grunnmodell: Camunda Forms (form-js 1.8) in Norwegian bokmål (loaded through customScripts in scripts/config.js).
 *
 * form-js 1.8 has no translations: its own texts («Field is required.», «Select», «Add new», …) are English string
 * literals, and its date picker (flatpickr) is created without a locale (English months, weeks from Sunday).
 * The Tasklist creates the form itself and offers no hook, so this script watches the page and
 *  1. rewrites form-js's texts, placeholders and screen-reader labels to bokmål where form-js draws them
 *     (form-js redraws with Preact, which only touches a text when its own value changes; a rewritten text stays,
 *     and a new English one is rewritten again);
 *  2. gives each date picker a bokmål locale with Monday-first weeks (form-js puts the flatpickr instance on its
 *     input as `_flatpickr`) and the placeholder dd.mm.åååå.
 * The dates themselves are unchanged: typed as dd.mm.åååå, sent as ISO dates.
 */
(function () {
  const TEXTS = [
    [/^Field is required\.$/, 'Feltet må fylles ut.'],
    [/^Field must have minimum length of (\d+)\.$/, 'Feltet må ha minst $1 tegn.'],
    [/^Field must have maximum length of (\d+)\.$/, 'Feltet kan ha høyst $1 tegn.'],
    [/^Field must have minimum value of (.+)\.$/, 'Verdien må være minst $1.'],
    [/^Field must have maximum value of (.+)\.$/, 'Verdien kan være høyst $1.'],
    [/^Field must match pattern .*$/, 'Feltet har ikke riktig format.'],
    [/^Field must be a valid email\.$/, 'Feltet må være en gyldig e-postadresse.'],
    [/^Field must be a valid\s+international phone number\..*$/, 'Feltet må være et telefonnummer med landskode, '
      + 'for eksempel +4712345678.'],
    [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
      'Velg en gyldig verdi. De to nærmeste er $1 og $2.'],
    [/^Select$/, 'Velg'],
    [/^Search$/, 'Søk'],
    [/^Add new$/, 'Legg til'],
    [/^Expand all \((\d+)\)$/, 'Vis alle ($1)'],
    [/^Collapse$/, 'Vis færre'],
    [/^No results$/, 'Ingen treff'],
    [/^All values selected$/, 'Alle valgene er tatt'],
    [/^Remove list item (\d+)$/, 'Fjern rad $1'],
    [/^Remove tag$/, 'Fjern'],
    [/^Increment$/, 'Øk'],
    [/^Decrement$/, 'Reduser'],
    [/^Close$/, 'Lukk']
  ];
  const ATTRIBUTES = ['placeholder', 'aria-label', 'title'];
  // the forms, and the notifications panel (its close button's screen-reader text «Close»)
  const AREA = '.fjs-container, .page-notifications';

  // flatpickr's own Norwegian locale, in bokmål's lower-case month and day names
  const NB = {
    weekdays: {
      shorthand: ['sø', 'ma', 'ti', 'on', 'to', 'fr', 'lø'],
      longhand: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag']
    },
    months: {
      shorthand: ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'],
      longhand: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
        'november', 'desember']
    },
    firstDayOfWeek: 1,
    ordinal: function () {
      return '.';
    },
    rangeSeparator: ' til ',
    weekAbbreviation: 'uke',
    scrollTitle: 'Rull for å endre',
    toggleTitle: 'Klikk for å bytte',
    yearAriaLabel: 'År',
    monthAriaLabel: 'Måned',
    hourAriaLabel: 'Time',
    minuteAriaLabel: 'Minutt',
    time_24hr: true
  };

  function translated(text) {
    const trimmed = text.trim();
    for (let i = 0; i < TEXTS.length; i++) {
      if (TEXTS[i][0].test(trimmed)) {
        return text.replace(trimmed, trimmed.replace(TEXTS[i][0], TEXTS[i][1]));
      }
    }
    return null;
  }

  function translateText(node) {
    const text = translated(node.data);
    if (text !== null && text !== node.data) {
      node.data = text;
    }
  }

  function translateElement(element) {
    ATTRIBUTES.forEach(function (name) {
      const value = element.getAttribute(name);
      if (!value) {
        return;
      }
      let text = translated(value);
      if (name === 'placeholder' && element.closest('.fjs-datepicker')) {
        text = value.replace(/y/g, 'å').replace(/Y/g, 'Å'); // form-js shows the browser's order: dd.mm.yyyy
      }
      if (text !== null && text !== value) {
        element.setAttribute(name, text);
      }
    });
    if (element._flatpickr && !element._flatpickr.grunnmodellLocale) {
      element._flatpickr.grunnmodellLocale = true;
      element._flatpickr.set({ locale: NB, ariaDateFormat: 'j. F Y' });
    }
  }

  function translateTree(root) {
    if (root.nodeType === Node.TEXT_NODE) {
      if (root.parentElement && root.parentElement.closest(AREA)) {
        translateText(root);
      }
      return;
    }
    if (root.nodeType !== Node.ELEMENT_NODE || !(root.closest(AREA) || root.querySelector(AREA))) {
      return;
    }
    const inArea = root.closest(AREA) ? [root] : Array.prototype.slice.call(root.querySelectorAll(AREA));
    inArea.forEach(function (area) {
      translateElement(area);
      area.querySelectorAll('*').forEach(translateElement);
      const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        translateText(node);
      }
    });
  }

  const observer = new MutationObserver(function (records) {
    records.forEach(function (record) {
      if (record.type === 'childList') {
        record.addedNodes.forEach(translateTree);
      } else {
        translateTree(record.target);
      }
    });
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ATTRIBUTES
  });

  // A date picker opens on focus or mouse-down: give it its locale first, in case it was made after the last change.
  ['focusin', 'mousedown'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      if (event.target && event.target._flatpickr) {
        translateElement(event.target);
      }
    }, true);
  });
})();

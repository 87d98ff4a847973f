/*
 * Querschnitt: unsent text stays on this device.
 *
 * Every autosaved text field carries data-qs-unsent (its storage key: user, record, field) and
 * data-qs-base (the stored value the person's edit starts from). On every input event the text and its
 * base go to localStorage; the entry is deleted only when the server confirms the save
 * (QsUnsent.confirm, called by the server after it stored the value). After a reload, a new session or
 * a server restart the server asks for the entries of the fields it shows (QsUnsent.pending) and saves
 * them again; the base lets it notice that somebody else saved meanwhile (then the conflict dialog).
 *
 * The same script shows the connection state in the element #qs-connection (role=status), using
 * Vaadin's window.Vaadin.connectionState. Texts come from the element's data attributes (translated on
 * the server) and are set with textContent only; user text is never turned into HTML.
 */
(function () {
  if (window.QsUnsent) {
    return;
  }
  const PREFIX = 'qs-unsent:';

  function read(key) {
    try {
      const raw = localStorage.getItem(key);
      return raw ? JSON.parse(raw) : null;
    } catch (e) {
      return null;
    }
  }

  function write(key, entry) {
    try {
      localStorage.setItem(key, JSON.stringify(entry));
      return true;
    } catch (e) {
      // storage full or disabled: the text still goes to the server the normal way
      return false;
    }
  }

  // the server stores a text stripped, an empty one as nothing
  function normal(text) {
    const t = text == null ? '' : String(text).trim();
    return t;
  }

  // the field (a vaadin-text-field or -text-area host) that an input event came from
  function fieldOf(event) {
    for (const node of event.composedPath()) {
      if (node.dataset && node.dataset.qsUnsent) {
        return { host: node, input: event.composedPath()[0] };
      }
    }
    return null;
  }

  document.addEventListener('input', event => {
    const field = fieldOf(event);
    if (!field) {
      // a field that is not kept: leaving the page now would lose it (see SaveState's warning)
      window.QsUnsent.lastInputKept = false;
      return;
    }
    const key = field.host.dataset.qsUnsent;
    const old = read(key);
    const base = field.host.hasAttribute('data-qs-base') ? field.host.getAttribute('data-qs-base') : null;
    // an entry that is still unconfirmed keeps the base it started from
    window.QsUnsent.lastInputKept = write(key, { text: field.input.value, base: old ? old.base : base,
      at: Date.now() });
  }, true);

  window.QsUnsent = {
    /** Whether the last typed text is safe on this device: then a reload needs no warning. */
    lastInputKept: false,

    /** The entries for the given storage keys (a key ending in * stands for all that start so), as JSON. */
    pending(keysJson) {
      const found = [];
      const add = key => {
        const entry = read(key);
        if (entry) {
          found.push({ key: key, text: entry.text, base: entry.base });
        }
      };
      for (const key of JSON.parse(keysJson)) {
        if (key.endsWith('*')) {
          // new items of a list: every key that starts so
          const start = key.slice(0, -1);
          for (let i = 0; i < localStorage.length; i++) {
            if (localStorage.key(i).startsWith(start)) {
              add(localStorage.key(i));
            }
          }
        } else {
          add(key);
        }
      }
      return JSON.stringify(found);
    },

    /**
     * The server stored `saved` for the field: the entry goes if it holds that text; if the person typed
     * on meanwhile, it stays with the saved text as its new base. `nextKey` is where the field's
     * entries live from now on (a new item gets its id with its first save).
     */
    confirm(key, saved, nextKey) {
      window.QsUnsent.serverAnswered();
      const entry = read(key);
      if (!entry) {
        return;
      }
      localStorage.removeItem(key);
      if (normal(entry.text) !== normal(saved)) {
        write(nextKey || key, { text: entry.text, base: saved, at: entry.at });
      }
    },

    /** The person chose the stored text (conflict dialog): the own text is given up. */
    discard(key) {
      localStorage.removeItem(key);
    },

    /** How many entries of this user wait for the server (for the connection state and tests). */
    count(userPrefix) {
      let n = 0;
      for (let i = 0; i < localStorage.length; i++) {
        if (localStorage.key(i).startsWith(PREFIX + userPrefix)) {
          n++;
        }
      }
      return n;
    },

    /** Shows the connection state in #qs-connection; called once by the app layout. */
    watchConnection() {
      const store = window.Vaadin && window.Vaadin.connectionState;
      if (!store || window.QsUnsent.watching) {
        return;
      }
      window.QsUnsent.watching = true;
      const show = shown => {
        const el = document.getElementById('qs-connection');
        if (el && el.dataset.state !== shown) {
          el.dataset.state = shown;
          el.lastElementChild.textContent = el.getAttribute('data-text-' + shown) || '';
        }
      };
      const shown = () => {
        const el = document.getElementById('qs-connection');
        return el ? el.dataset.state : 'connected';
      };
      store.addStateChangeListener((previous, next) => {
        if (next === 'reconnecting' || next === 'connection-lost') {
          show(navigator.onLine && shown() === 'resending' ? 'resending' : 'lost');
        } else if (next === 'loading' && shown() !== 'connected') {
          show('resending');
        } else if (next === 'connected') {
          show('connected');
        }
      });
      // the network is back: what was queued goes out again (Vaadin still says "reconnecting" until it knows)
      window.addEventListener('online', () => {
        if (shown() === 'lost') {
          show('resending');
        }
      });
      // Vaadin's state may stay "reconnecting" after the network came back although messages get through
      // again (seen in Chromium with push): an answer of the server to a save proves the connection
      window.QsUnsent.serverAnswered = () => {
        if (shown() !== 'connected') {
          show('connected');
        }
      };
      // the form's save state (common/ui/SaveState) turns "saved" only on an answer of the server
      new MutationObserver(changes => {
        for (const change of changes) {
          if (change.target.id === 'qs-save-state' && change.target.dataset.state === 'saved' && navigator.onLine) {
            window.QsUnsent.serverAnswered();
          }
        }
      }).observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-state'] });
      if (store.state === 'reconnecting' || store.state === 'connection-lost') {
        show('lost');
      }
    },

    serverAnswered() {
      // replaced by watchConnection
    }
  };
})();

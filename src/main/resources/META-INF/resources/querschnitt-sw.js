/*
 * Querschnitt's service worker. It keeps exactly one thing for bad connections: the offline page (with its
 * icon and stylesheet), shown when a page cannot be loaded. Pages come from the network every time (they carry
 * personal, authenticated data and must never be served stale from a cache); Vaadin's own traffic (POST/UIDL, push, heartbeat,
 * VAADIN/ resources) is not touched at all: only GET navigations and the offline page's own files are.
 */
// a new name whenever PRECACHE changes: activation then deletes the old cache
const CACHE = 'querschnitt-offline-v2';
const OFFLINE_PAGE = new URL('offline.html', self.registration.scope).href;
const PRECACHE = [OFFLINE_PAGE, new URL('icons/icon-192.png', self.registration.scope).href,
  new URL('styles/standalone.css', self.registration.scope).href];

self.addEventListener('install', event => {
  event.waitUntil(caches.open(CACHE).then(cache => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(key => key !== CACHE).map(key => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
  const request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  if (request.mode === 'navigate') {
    // network first; the page itself is never cached. Only when the network fails: the offline page.
    event.respondWith(fetch(request).catch(() => caches.match(OFFLINE_PAGE)));
    return;
  }
  if (PRECACHE.includes(request.url)) {
    event.respondWith(caches.match(request).then(cached => cached || fetch(request)));
  }
  // everything else goes to the network as if there were no service worker
});

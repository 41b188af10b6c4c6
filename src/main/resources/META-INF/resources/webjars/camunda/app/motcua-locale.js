// Motcua: the webapps speak Vietnamese; English on request with ?lang=en (and back with ?lang=vi),
// remembered in this browser. Shared by the config.js of every app.
const requested = new URLSearchParams(window.location.search).get('lang');
if (requested === 'vi' || requested === 'en') {
  window.localStorage.setItem('motcua.locale', requested);
}
const locale = window.localStorage.getItem('motcua.locale') === 'en' ? 'en' : 'vi';

export const locales = { availableLocales: [locale], fallbackLocale: locale };

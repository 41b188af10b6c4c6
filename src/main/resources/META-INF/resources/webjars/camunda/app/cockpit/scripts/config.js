import { locales } from '../../motcua-locale.js';

export default { app: { name: 'Cockpit', vendor: 'Motcua' }, locales };

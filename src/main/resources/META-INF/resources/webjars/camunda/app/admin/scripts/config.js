import { locales } from '../../motcua-locale.js';

export default { app: { name: 'Admin', vendor: 'Motcua' }, locales };

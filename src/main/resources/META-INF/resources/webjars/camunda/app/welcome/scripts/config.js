import { locales } from '../../motcua-locale.js';

export default { app: { name: 'Welcome', vendor: 'Motcua' }, locales };

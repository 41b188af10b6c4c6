// Motcua's Cockpit plugin: the page "Hồ sơ quá hạn / sắp đến hạn" (#/overdue), its menu entry and a tile on the
// dashboard. Plain JavaScript and SVG; the figures come from the plugin's API, the same report as
// GET /api/reports/overdue. Vietnamese by default, English with ?lang=en (the webapps' own switch).
import { locales } from '../../../../../../app/motcua-locale.js';
import labels from './labels.js';
import { fieldChart, onTimeChart } from './charts.js';

const lang = locales.fallbackLocale === 'en' ? 'en' : 'vi';
const L = labels[lang];
const ZONE = 'Asia/Ho_Chi_Minh';
const numbers = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB');
const times = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB',
  { timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const FILTERS = ['office', 'field', 'stage', 'procedure', 'group', 'assignee', 'state'];
const SORTS = ['overdue', 'due', 'received', 'code', 'office', 'procedure'];

function t(key, values) {
  let text = L[key] === undefined ? key : L[key];
  Object.entries(values || {}).forEach(([name, value]) => { text = text.replace(`{${name}}`, value); });
  return text;
}

function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) {
      return;
    }
    if (name.startsWith('on')) {
      element.addEventListener(name.substring(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat().forEach(child => {
    if (child !== undefined && child !== null && child !== false) {
      element.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return element;
}

const dateTime = iso => (iso ? times.format(new Date(iso)) : '—');
const dayLabel = localDate => localDate.split('-').reverse().slice(0, 2).join('/');

function workingTime(minutes) {
  if (!minutes) {
    return '—';
  }
  const days = Math.floor(minutes / 480); // a standard office day: 8 hours
  const hours = Math.floor((minutes % 480) / 60);
  const rest = minutes % 60;
  return [days && t('days', { n: days }), hours && t('hours', { n: hours }), rest && t('minutes', { n: rest })]
    .filter(Boolean).join(' ');
}

function groupLabel(kind, group) {
  if (kind === 'byStage' || kind === 'stage') {
    return L.stages[group.key] || group.key;
  }
  if (kind === 'byResponsible') {
    return group.type === 'GROUP' ? L.groups[group.key] || group.label || group.key : group.key;
  }
  if (lang === 'en' && group.labelEn) {
    return group.labelEn;
  }
  return group.label || group.key || '—';
}

async function report(api, query) {
  const response = await fetch(`${api.cockpitApi}/plugin/overdue/${api.engine}/report?${query}`,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.detail || `HTTP ${response.status}`);
  }
  return body;
}

/** The page: counters, filters, charts, counts per dimension and the sortable list with a pager. */
class OverduePage {

  constructor(node, api) {
    this.node = node;
    this.api = api;
    this.query = new URLSearchParams();
    this.options = null;
  }

  async show() {
    this.node.replaceChildren(h('div', { class: 'motcua-overdue', 'data-lang': lang }, h('h2', {}, t('title')),
      h('p', { class: 'loading' }, t('loading'))));
    try {
      const data = await report(this.api, this.query.toString());
      if (!this.options) {
        this.options = data;
      }
      this.node.replaceChildren(this.page(data));
    } catch (e) {
      this.node.replaceChildren(h('div', { class: 'motcua-overdue' }, h('h2', {}, t('title')),
        h('p', { class: 'alert alert-danger', id: 'overdue-error' }, t('error', { message: e.message }))));
    }
  }

  change(updates) {
    Object.entries(updates).forEach(([name, value]) => {
      if (value === undefined || value === null || value === '') {
        this.query.delete(name);
      } else {
        this.query.set(name, value);
      }
    });
    return this.show();
  }

  page(data) {
    return h('div', { class: 'motcua-overdue', 'data-lang': lang },
      h('h2', {}, t('title')),
      h('p', { class: 'intro' }, t('intro', { rule: lang === 'en' ? data.dueSoonInWordsEn : data.dueSoonInWords })),
      h('div', { class: 'counters' },
        h('div', { class: 'counter overdue' }, h('span', { class: 'number', id: 'overdue-count' }, numbers.format(data.counts.overdue)),
          t('overdue')),
        h('div', { class: 'counter due-soon' }, h('span', { class: 'number', id: 'due-soon-count' }, numbers.format(data.counts.dueSoon)),
          t('dueSoon'))),
      this.filters(),
      h('div', { class: 'charts' },
        h('div', {}, h('h4', {}, t('onTimeChart')), onTimeChart(data.onTimeByWeek || [], t, dayLabel),
          h('p', { class: 'help-block' }, t('onTimeNote'))),
        h('div', {}, h('h4', {}, t('fieldChart')), fieldChart(data.byField || [], g => groupLabel('byField', g)))),
      h('div', { class: 'groups' }, ['byOffice', 'byProcedure', 'byField', 'byStage', 'byResponsible']
        .map(kind => this.groupTable(kind, data[kind] || []))),
      h('h3', {}, t('list')),
      this.list(data),
      h('p', { class: 'generated' }, t('generatedAt', { time: dateTime(data.generatedAt) })));
  }

  filters() {
    const options = this.options;
    const choose = (name, groups, kind) => h('label', {}, t(name),
      h('select', { class: 'form-control', name, 'data-filter': name },
        h('option', { value: '' }, t('all')),
        groups.map(g => h('option', { value: g.key, selected: this.query.get(name) === g.key }, groupLabel(kind, g)))));
    const responsible = type => (options.byResponsible || []).filter(g => g.type === type);
    const form = h('form', { class: 'filters', onsubmit: event => {
      event.preventDefault();
      const updates = { offset: '' };
      FILTERS.forEach(name => { updates[name] = form.elements[name].value; });
      updates.sort = form.elements.sort.value;
      updates.order = form.elements.order.value;
      this.change(updates);
    } },
    choose('office', options.offices.map(o => ({ key: o.id, label: o.name })), 'byOffice'),
    choose('field', options.byField || [], 'byField'),
    choose('procedure', options.byProcedure || [], 'byProcedure'),
    choose('stage', options.byStage || [], 'byStage'),
    choose('group', responsible('GROUP'), 'byResponsible'),
    choose('assignee', responsible('USER'), 'byResponsible'),
    choose('state', [{ key: 'overdue', label: t('overdue') }, { key: 'due_soon', label: t('dueSoon') }], 'state'),
    h('label', {}, t('sort'), h('select', { class: 'form-control', name: 'sort' },
      SORTS.map(s => h('option', { value: s, selected: (this.query.get('sort') || 'overdue') === s },
        t(`sort${s.charAt(0).toUpperCase()}${s.substring(1)}`))))),
    h('label', {}, t('order'), h('select', { class: 'form-control', name: 'order' },
      h('option', { value: '' }, '—'),
      ['asc', 'desc'].map(o => h('option', { value: o, selected: this.query.get('order') === o }, t(o))))),
    h('button', { type: 'submit', class: 'btn btn-primary' }, t('apply')),
    h('button', { type: 'button', class: 'btn btn-default', onclick: () => {
      this.query = new URLSearchParams();
      this.show();
    } }, t('reset')));
    return form;
  }

  groupTable(kind, groups) {
    return h('div', {}, h('h4', {}, t(kind)),
      h('table', { class: 'table table-condensed table-bordered', 'data-group': kind },
        h('thead', {}, h('tr', {}, h('th', {}, t(kind === 'byResponsible' ? 'responsible' : kind.substring(2).toLowerCase())),
          h('th', { class: 'number' }, t('overdue')), h('th', { class: 'number' }, t('dueSoon')))),
        h('tbody', {}, groups.map(g => h('tr', { 'data-key': g.key, 'data-type': g.type },
          h('td', {}, groupLabel(kind, g)),
          h('td', { class: 'number', 'data-overdue': g.overdue }, numbers.format(g.overdue)),
          h('td', { class: 'number', 'data-due-soon': g.dueSoon }, numbers.format(g.dueSoon)))))));
  }

  list(data) {
    if (!data.dossiers.length) {
      return h('p', { id: 'overdue-none' }, t('none'));
    }
    const sortable = (label, sort) => h('th', { class: 'sortable', 'data-sort': sort, onclick: () => {
      const same = (this.query.get('sort') || 'overdue') === sort;
      const descending = this.query.get('order') === 'desc' || (!this.query.get('order') && sort === 'overdue');
      this.change({ sort, order: same && descending ? 'asc' : same ? 'desc' : '' });
    } }, t(label));
    const last = action => (action ? h('span', { title: `${action.by || ''} · ${dateTime(action.at)}` },
      action.kind === 'TASK' ? t('byTask', { what: action.what }) : t('byStatusChange', { what: L.statuses[action.what] || action.what }),
      h('br'), h('small', {}, `${action.by || ''} · ${dateTime(action.at)}`)) : '—');
    const from = data.offset + 1;
    const to = data.offset + data.dossiers.length;
    return h('div', {},
      h('table', { class: 'table table-condensed table-striped', id: 'overdue-list' },
        h('thead', {}, h('tr', {}, sortable('code', 'code'), h('th', {}, t('state')), sortable('office', 'office'),
          sortable('procedure', 'procedure'), h('th', {}, t('field')), h('th', {}, t('stage')), sortable('received', 'received'),
          h('th', {}, t('appointment')), sortable('due', 'due'), sortable('overdueTime', 'overdue'), h('th', {}, t('responsible')),
          h('th', {}, t('lastAction')), h('th', {}, t('process')))),
        h('tbody', {}, data.dossiers.map(d => h('tr', { 'data-code': d.code, 'data-state': d.state },
          h('td', {}, d.code, h('br'), h('small', {}, L.statuses[d.status] || d.status)),
          h('td', { class: `state-${d.state}` }, d.state === 'OVERDUE' ? t('overdue') : t('dueSoon')),
          h('td', {}, d.officeName),
          h('td', {}, lang === 'en' && d.procedureNameEn ? d.procedureNameEn : d.procedureName),
          h('td', {}, lang === 'en' && d.fieldEn ? d.fieldEn : d.field || '—'),
          h('td', {}, d.clocks.map(c => h('div', { class: `state-${c.state}`, 'data-stage': c.key },
            `${groupLabel('stage', { key: c.key })}: ${dateTime(c.dueAt)}${c.apology ? ` (${t('apology')})` : ''}`))),
          h('td', {}, dateTime(d.receivedAt)),
          h('td', {}, dateTime(d.appointment)),
          h('td', {}, dateTime(d.dueAt)),
          h('td', { class: 'number', 'data-minutes': d.overdueWorkingMinutes }, workingTime(d.overdueWorkingMinutes)),
          h('td', {}, d.responsible.map(r => h('div', {}, r.type === 'GROUP' ? L.groups[r.id] || r.id : r.id))),
          h('td', {}, last(d.lastAction)),
          h('td', {}, d.cockpitUrl ? h('a', { href: d.cockpitUrl, class: 'process-link' }, t('openProcess')) : '—'))))),
      h('div', { class: 'pager-line' },
        h('span', { id: 'overdue-showing' }, t('showing', { from, to, total: numbers.format(data.total) })), ' ',
        h('button', { type: 'button', class: 'btn btn-default btn-sm', disabled: data.offset === 0,
          onclick: () => this.change({ offset: Math.max(0, data.offset - data.limit) }) }, t('previous')), ' ',
        h('button', { type: 'button', class: 'btn btn-default btn-sm', disabled: to >= data.total,
          onclick: () => this.change({ offset: data.offset + data.limit }) }, t('next'))));
  }
}

export default [
  {
    id: 'motcua-overdue-page',
    pluginPoint: 'cockpit.route',
    properties: { path: '/overdue', label: t('title') },
    render: (node, { api }) => {
      document.title = t('title');
      new OverduePage(node, api).show();
    }
  },
  {
    id: 'motcua-overdue-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    properties: { path: '/overdue', label: t('navigation') },
    checkActive: url => url.includes('#/overdue'),
    render: node => {
      node.appendChild(h('a', { href: '#/overdue', id: 'overdue-navigation' }, t('navigation')));
    }
  },
  {
    id: 'motcua-overdue-tile',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    properties: { label: t('title') },
    render: async (node, { api }) => {
      const tile = h('section', { class: 'motcua-overdue-tile' }, h('h3', {}, t('title')));
      node.appendChild(tile);
      try {
        const data = await report(api, 'limit=1&weeks=1');
        tile.appendChild(h('p', {},
          h('span', { class: 'number state-OVERDUE', id: 'overdue-tile-count' }, numbers.format(data.counts.overdue)), ` ${t('overdue')} `,
          h('span', { class: 'number state-DUE_SOON' }, numbers.format(data.counts.dueSoon)), ` ${t('dueSoon')} `,
          h('a', { href: '#/overdue', class: 'btn btn-default' }, t('open'))));
      } catch (e) {
        tile.appendChild(h('p', { class: 'alert alert-danger' }, t('error', { message: e.message })));
      }
    }
  }
];

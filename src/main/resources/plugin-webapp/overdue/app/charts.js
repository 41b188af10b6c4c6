// Plain SVG charts for the overdue dashboard: no library, nothing fetched from elsewhere.
const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes, text) {
  const element = document.createElementNS(SVG, tag);
  Object.entries(attributes || {}).forEach(([name, value]) => element.setAttribute(name, value));
  if (text !== undefined) {
    element.textContent = text;
  }
  return element;
}

/** Vertical bars, one per week: the share of finished dossiers that were on time (0–100 %). */
export function onTimeChart(weeks, t, dayLabel) {
  const width = Math.max(320, weeks.length * 64 + 60);
  const height = 200;
  const top = 24;
  const bottom = 40;
  const plot = height - top - bottom;
  const chart = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'motcua-chart',
    'data-chart': 'on-time', 'aria-label': t('onTimeChart') });
  chart.appendChild(svg('line', { x1: 44, y1: top + plot, x2: width - 10, y2: top + plot, class: 'axis' }));
  [0, 50, 100].forEach(p => {
    const y = top + plot - (plot * p) / 100;
    chart.appendChild(svg('text', { x: 40, y: y + 4, 'text-anchor': 'end', class: 'tick' }, `${p}%`));
  });
  weeks.forEach((week, i) => {
    const x = 52 + i * 64;
    const bar = svg('g', { 'data-week': week.weekStart, 'data-finished': week.finished, 'data-on-time': week.onTime });
    const title = svg('title', {}, `${t('week', { date: dayLabel(week.weekStart) })}: ${week.finished
      ? t('finishedOnTime', { onTime: week.onTime, finished: week.finished }) : t('noFinished')}`);
    bar.appendChild(title);
    if (week.rate !== undefined && week.rate !== null) {
      const h = Math.round(plot * week.rate);
      bar.appendChild(svg('rect', { x, y: top + plot - h, width: 44, height: Math.max(h, 1), class: week.rate >= 0.95 ? 'good' : 'poor' }));
      bar.appendChild(svg('text', { x: x + 22, y: top + plot - h - 6, 'text-anchor': 'middle', class: 'value' },
        `${Math.round(week.rate * 100)}%`));
    } else {
      bar.appendChild(svg('text', { x: x + 22, y: top + plot - 6, 'text-anchor': 'middle', class: 'value empty' }, '–'));
    }
    bar.appendChild(svg('text', { x: x + 22, y: top + plot + 16, 'text-anchor': 'middle', class: 'tick' }, dayLabel(week.weekStart)));
    chart.appendChild(bar);
  });
  return chart;
}

/** Horizontal bars, one per field: how many dossiers are overdue. */
export function fieldChart(groups, label) {
  const rows = groups.filter(g => g.overdue > 0);
  const max = Math.max(1, ...rows.map(g => g.overdue));
  const width = 520;
  const height = Math.max(40, rows.length * 28 + 10);
  const chart = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'motcua-chart',
    'data-chart': 'by-field' });
  rows.forEach((group, i) => {
    const y = 6 + i * 28;
    const w = Math.max(2, Math.round((300 * group.overdue) / max));
    const bar = svg('g', { 'data-key': group.key, 'data-overdue': group.overdue });
    bar.appendChild(svg('text', { x: 180, y: y + 15, 'text-anchor': 'end', class: 'tick' }, label(group)));
    bar.appendChild(svg('rect', { x: 188, y, width: w, height: 20, class: 'poor' }));
    bar.appendChild(svg('text', { x: 194 + w, y: y + 15, class: 'value' }, String(group.overdue)));
    chart.appendChild(bar);
  });
  return chart;
}

// Draws the trend of every element with data-chart ({"days":[...],"values":[...],"unit":"%"}) with ECharts.
// The figures are in a table on the same page: a chart only shows them, and without script nothing is lost.
(function () {
  'use strict';
  function draw(element) {
    var data = JSON.parse(element.getAttribute('data-chart'));
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      grid: { left: 48, right: 12, top: 12, bottom: 28 },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : v + data.unit; } },
      xAxis: { type: 'category', data: data.days.map(function (d) { return d.slice(5); }) },
      yAxis: { type: 'value', axisLabel: { formatter: '{value}' + data.unit } },
      series: [{ type: 'line', data: data.values, connectNulls: true, showSymbol: data.values.length < 10,
                 lineStyle: { color: '#0b4ea2', width: 2 }, itemStyle: { color: '#0b4ea2' } }]
    });
    element.setAttribute('data-drawn', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  }
  document.querySelectorAll('[data-chart]').forEach(draw);
})();

// Draws every chart of a page with Apache ECharts on a canvas. A chart is an element with
// data-chart naming the id of a <script type="application/json"> holding its ECharts option,
// written by the server in the reader's language (the page's scripts stay free of text and data,
// as the Content-Security-Policy allows no inline script). Once drawn, the element carries
// data-chart-ready="true", which the browser tests wait for.
(function () {
  "use strict";

  function draw(element) {
    var source = document.getElementById(element.dataset.chart);
    if (!source || typeof echarts === "undefined") {
      return null;
    }
    var chart = echarts.init(element, null, { renderer: "canvas" });
    var option = JSON.parse(source.textContent);
    option.animation = false;
    chart.setOption(option);
    element.dataset.chartReady = "true";
    return chart;
  }

  function drawAll() {
    var charts = [];
    document.querySelectorAll("[data-chart]").forEach(function (element) {
      var chart = draw(element);
      if (chart) {
        charts.push(chart);
      }
    });
    window.addEventListener("resize", function () {
      charts.forEach(function (chart) {
        chart.resize();
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();

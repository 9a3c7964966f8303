// vocloop's own script: charts from data-chart options, drag-and-drop upload. No framework.
(function () {
  "use strict";
  var charts = [];

  function drawCharts(root) {
    if (!window.echarts) return;
    root.querySelectorAll("[data-chart]").forEach(function (el) {
      if (el.dataset.drawn) return;
      el.dataset.drawn = "1";
      var chart = window.echarts.init(el, null, { renderer: "svg" });
      chart.setOption(JSON.parse(el.dataset.chart));
      charts.push(chart);
    });
  }

  function wireDrop() {
    var drop = document.getElementById("drop");
    var input = document.getElementById("files");
    var form = document.getElementById("upload");
    if (!drop || !input || !form) return;
    ["dragenter", "dragover"].forEach(function (name) {
      drop.addEventListener(name, function (e) { e.preventDefault(); drop.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      drop.addEventListener(name, function () { drop.classList.remove("over"); });
    });
    drop.addEventListener("drop", function (e) {
      e.preventDefault();
      input.files = e.dataTransfer.files;
      showChosen();
      if (window.htmx) window.htmx.trigger(form, "submit"); else form.submit();
    });
    function showChosen() {
      var names = Array.prototype.map.call(input.files, function (f) { return f.name; });
      drop.querySelector("span").dataset.chosen = names.join(", ");
    }
    input.addEventListener("change", showChosen);
    form.addEventListener("htmx:afterRequest", function () { form.reset(); delete drop.querySelector("span").dataset.chosen; });
  }

  window.addEventListener("DOMContentLoaded", function () { drawCharts(document); wireDrop(); });
  window.addEventListener("resize", function () { charts.forEach(function (c) { c.resize(); }); });
  document.addEventListener("htmx:afterSwap", function (e) { drawCharts(e.target); });
})();

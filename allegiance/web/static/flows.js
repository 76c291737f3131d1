// Flows page: a Sankey diagram of who left which party (left column) for which (right column).
(function () {
  "use strict";
  var node = document.getElementById("flows-data");
  var canvas = document.getElementById("flows-chart");
  if (!node || !canvas || typeof Chart === "undefined") { return; }
  var links = JSON.parse(node.textContent);
  // A party can be left and joined: keep the two columns apart so the diagram has no cycles.
  var labels = {};
  var data = links.map(function (l) {
    var from = "left:" + l.from, to = "joined:" + l.to;
    labels[from] = l.from; labels[to] = l.to;
    return { from: from, to: to, flow: l.flow };
  });
  new Chart(canvas, {
    type: "sankey",
    data: { datasets: [{ label: "people", data: data, labels: labels, colorFrom: function () { return "#c0392b"; },
                         colorTo: function () { return "#0b6e4f"; }, colorMode: "gradient", size: "max" }] },
    options: { maintainAspectRatio: false, animation: false }
  });
})();

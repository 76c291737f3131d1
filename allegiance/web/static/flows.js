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
    return { from: from, to: to, flow: l.flow, source: l.from, target: l.to };
  });
  // One colour per party, the same in both columns: two links that meet at a party read as two
  // colours, not as one band with a thin seam.
  var palette = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#1f78b4",
                 "#b2df8a", "#fb9a99", "#666666", "#cab2d6"];
  var order = {};
  function colour(party) {
    if (!(party in order)) { order[party] = Object.keys(order).length; }
    return palette[order[party] % palette.length];
  }
  new Chart(canvas, {
    type: "sankey",
    data: { datasets: [{ label: "people", data: data, labels: labels, borderWidth: 0,
                         colorFrom: function (c) { return colour(c.dataset.data[c.dataIndex].source); },
                         colorTo: function (c) { return colour(c.dataset.data[c.dataIndex].target); },
                         colorMode: "gradient", size: "max" }] },
    options: { maintainAspectRatio: false, animation: false }
  });
})();

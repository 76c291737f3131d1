// Overview chart: joiners (up) and leavers (down) per party and year, one stacked bar pair per party.
(function () {
  "use strict";
  var node = document.getElementById("moves-data");
  var canvas = document.getElementById("moves-chart");
  if (!node || !canvas || typeof Chart === "undefined") { return; }
  var data = JSON.parse(node.textContent);
  if (!data.periods.length) { canvas.parentNode.hidden = true; return; }
  var palette = ["#0b6e4f", "#c0392b", "#2c7fb8", "#e67e22", "#8e44ad", "#16a085", "#7f8c8d", "#d4ac0d"];
  var datasets = [];
  data.parties.forEach(function (party, i) {
    var colour = palette[i % palette.length];
    datasets.push({ label: party + " joined", data: data.joined[party], backgroundColor: colour, stack: party });
    datasets.push({ label: party + " left", data: data.left[party].map(function (n) { return -n; }),
                    backgroundColor: colour + "88", stack: party });
  });
  new Chart(canvas, {
    type: "bar",
    data: { labels: data.periods, datasets: datasets },
    options: {
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { stacked: true }, y: { stacked: true, title: { display: true, text: "people (joined up, left down)" } } },
      plugins: { tooltip: { callbacks: { label: function (c) { return c.dataset.label + ": " + Math.abs(c.raw); } } } }
    }
  });
})();

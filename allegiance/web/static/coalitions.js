// Coalition calculator: toggling a party asks the API again with the unticked parties excluded,
// and the seats, minimal winning coalitions and power indices are updated in place.
(function () {
  "use strict";
  var root = document.getElementById("calculator");
  if (!root) { return; }
  var status = document.getElementById("status");

  function setText(id, value) { document.getElementById(id).textContent = String(value); }

  function query() {
    var params = new URLSearchParams();
    params.set("house", root.getAttribute("data-house"));
    if (root.getAttribute("data-on")) { params.set("on", root.getAttribute("data-on")); }
    root.querySelectorAll("input.toggle").forEach(function (box) {
      if (!box.checked) { params.append("exclude", box.value); }
    });
    return "/api/coalitions?" + params.toString();
  }

  function show(data) {
    setText("total", data.total);
    setText("quota", data.quota);
    setText("in-play-seats", data.in_play_seats);
    setText("mwc-count", data.minimal_winning_count);
    status.textContent = data.in_play ? "" : "The parties in play cannot reach the majority.";
    root.querySelectorAll("#seats tbody tr").forEach(function (row) {
      var party = row.getAttribute("data-party");
      row.classList.toggle("out", data.excluded.indexOf(party) >= 0);
      row.querySelectorAll("td.index").forEach(function (cell) {
        var index = cell.getAttribute("data-index");
        var value = data.in_play && data.in_play[index] ? data.in_play[index][party] : null;
        cell.textContent = value ? value.decimal.toFixed(4) : "";
        cell.title = value ? value.exact : "";
      });
    });
    var list = document.getElementById("mwc");
    while (list.firstChild) { list.removeChild(list.firstChild); }
    data.minimal_winning.forEach(function (k) {
      var item = document.createElement("li");
      item.textContent = k.members.join(" + ") + ": " + k.seats + " seats (surplus " + k.surplus + ")";
      list.appendChild(item);
    });
  }

  function update() {
    status.textContent = "updating…";
    fetch(query(), { headers: { "Accept": "application/json" } })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (res) {
        if (!res.ok) { status.textContent = res.body.error || "the calculator could not answer"; return; }
        show(res.body);
      })
      .catch(function () { status.textContent = "the server did not answer"; });
  }

  root.querySelectorAll("input.toggle").forEach(function (box) { box.addEventListener("change", update); });
})();

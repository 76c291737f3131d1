// Review page: confirm or reject an event, merge two persons, through the review API with the token.
(function () {
  "use strict";
  var tokenInput = document.getElementById("token");
  var result = document.getElementById("review-result");
  if (!tokenInput || !result) { return; }
  tokenInput.value = sessionStorage.getItem("allegiance-review-token") || "";
  tokenInput.addEventListener("change", function () {
    sessionStorage.setItem("allegiance-review-token", tokenInput.value);
  });

  function send(path, body) {
    result.textContent = "sending…";
    var headers = { "Authorization": "Bearer " + tokenInput.value, "Accept": "application/json" };
    if (body) { headers["Content-Type"] = "application/json"; }
    return fetch(path, { method: "POST", headers: headers, body: body ? JSON.stringify(body) : undefined })
      .then(function (r) { return r.json().then(function (data) { return { ok: r.ok, data: data }; }); })
      .then(function (res) {
        result.textContent = res.ok
          ? "done: correction " + res.data.id + " (" + res.data.kind + " " + res.data.target + ")"
          : "refused: " + (res.data.error || "unknown error");
        return res.ok;
      })
      .catch(function () { result.textContent = "the server did not answer"; return false; });
  }

  document.querySelectorAll("button.review").forEach(function (button) {
    button.addEventListener("click", function () {
      var action = button.getAttribute("data-action");
      var id = button.getAttribute("data-event");
      send("/api/review/" + encodeURIComponent(action) + "/" + encodeURIComponent(id)).then(function (ok) {
        if (ok) { button.closest("tr").classList.add(action === "reject" ? "rejected" : "confirmed"); }
      });
    });
  });

  var merge = document.getElementById("merge-form");
  merge.addEventListener("submit", function (event) {
    event.preventDefault();
    var form = new FormData(merge);
    send("/api/review/merge", { keep: form.get("keep"), other: form.get("other"), note: form.get("note") || null });
  });
})();

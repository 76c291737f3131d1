// The API reference: Swagger UI (vendored) over this server's /openapi.json, no outside requests.
(function () {
  "use strict";
  var node = document.getElementById("swagger-ui");
  SwaggerUIBundle({ url: node.getAttribute("data-spec"), dom_id: "#swagger-ui", validatorUrl: null,
                    deepLinking: true, tryItOutEnabled: false });
})();

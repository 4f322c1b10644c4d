// The OpenAPI page, drawn by Swagger UI served from the app itself (no CDN, no inline script).
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui" });
});

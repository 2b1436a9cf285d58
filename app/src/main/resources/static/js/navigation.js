// The header's menus are <details> elements: they work without this script. It only closes an
// open menu when another one opens, when the user clicks elsewhere, or on Escape.
(function () {
  "use strict";
  function menus() { return document.querySelectorAll("details.nav-menu"); }
  function closeAll(except) {
    menus().forEach(function (m) { if (m !== except) { m.open = false; } });
  }
  document.addEventListener("click", function (event) {
    var inside = event.target.closest ? event.target.closest("details.nav-menu") : null;
    closeAll(inside);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var open = document.querySelector("details.nav-menu[open]");
    if (open) {
      open.open = false;
      open.querySelector("summary").focus();
    }
  });
})();

// Story page: clicking a finding highlights its evidence sentences in every article column.
(function () {
  "use strict";
  function clear() {
    document.querySelectorAll(".ev.hl").forEach(function (el) {
      el.classList.remove("hl", "hl-s0", "hl-s1", "hl-s2");
    });
    document.querySelectorAll(".item.selected").forEach(function (el) {
      el.classList.remove("selected");
      el.setAttribute("aria-pressed", "false");
    });
  }
  function select(item) {
    var id = item.getAttribute("data-item");
    var wasSelected = item.classList.contains("selected");
    clear();
    if (wasSelected) { return; }
    item.classList.add("selected");
    item.setAttribute("aria-pressed", "true");
    document.querySelectorAll(".ev").forEach(function (el) {
      var items = (el.getAttribute("data-items") || "").split(" ");
      if (items.indexOf(id) < 0) { return; }
      el.classList.add("hl");
      var sides = (el.getAttribute("data-sides") || "").split(" ");
      for (var n = 0; n < 3; n++) {
        if (sides.indexOf(id + ":s" + n) >= 0) { el.classList.add("hl-s" + n); }
      }
    });
    var strip = document.querySelector(".columns");
    var firstLit = document.querySelector(".column:has(.ev.hl)");
    if (strip && firstLit) {
      var left = firstLit.offsetLeft - strip.offsetLeft;
      if (left < strip.scrollLeft || left + firstLit.offsetWidth > strip.scrollLeft + strip.clientWidth) {
        strip.scrollLeft = left;
      }
    }
    document.querySelectorAll(".column").forEach(function (col) {
      var first = col.querySelector(".ev.hl");
      var body = col.querySelector(".body");
      if (first && body) {
        body.scrollTop = first.offsetTop - body.offsetTop - 40;
      }
    });
  }
  document.addEventListener("click", function (e) {
    var item = e.target.closest("[data-item]");
    if (item && !e.target.closest("a")) { select(item); }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Enter" && e.key !== " ") { return; }
    var item = e.target.closest && e.target.closest("[data-item]");
    if (item) { e.preventDefault(); select(item); }
  });
})();

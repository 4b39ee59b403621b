// Steps through the numbered matches (<mark id="m0">, "m1", …) of a document page.
(function () {
  "use strict";

  function start() {
    var bar = document.querySelector(".matchbar");
    if (!bar) {
      return;
    }
    var marks = Array.prototype.slice.call(document.querySelectorAll(".doc-body mark[id^='m']"));
    var status = document.getElementById("match-status");
    var prev = document.getElementById("prev-match");
    var next = document.getElementById("next-match");
    var current = -1;

    function show(index, scroll) {
      if (marks.length === 0) {
        return;
      }
      if (current >= 0) {
        marks[current].classList.remove("current");
      }
      current = (index + marks.length) % marks.length;
      var mark = marks[current];
      mark.classList.add("current");
      status.textContent = "match " + (current + 1) + " of " + marks.length;
      if (scroll) {
        mark.scrollIntoView({ block: "center", behavior: "smooth" });
        history.replaceState(null, "", "#" + mark.id);
      }
    }

    // The first match at or after the block the reader arrived at (#b12), else the first one.
    function startIndex() {
      var target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
      if (!target) {
        return 0;
      }
      for (var i = 0; i < marks.length; i++) {
        if (target === marks[i] || target.contains(marks[i]) ||
            (target.compareDocumentPosition(marks[i]) & Node.DOCUMENT_POSITION_FOLLOWING)) {
          return i;
        }
      }
      return 0;
    }

    if (marks.length > 0) {
      show(startIndex(), false);
    }
    if (prev) {
      prev.addEventListener("click", function (event) {
        event.preventDefault();
        show(current - 1, true);
      });
    }
    if (next) {
      next.addEventListener("click", function (event) {
        event.preventDefault();
        show(current + 1, true);
      });
    }
    document.addEventListener("keydown", function (event) {
      var tag = event.target && event.target.tagName;
      if (tag === "INPUT" || tag === "TEXTAREA" || event.ctrlKey || event.metaKey || event.altKey) {
        return;
      }
      if (event.key === "n") {
        show(current + 1, true);
      } else if (event.key === "N" || event.key === "p") {
        show(current - 1, true);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

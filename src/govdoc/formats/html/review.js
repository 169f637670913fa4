/* govdoc review page: figure details on hover and focus, and the figure filter. No network, no
   dependencies; the page reads whole without it (outline links and findings are plain HTML). */
(function () {
  "use strict";
  var KINDS = {
    count: "数量 count", money: "金额 money", percent: "百分比 percent", percentage_point: "百分点 points",
    ratio: "比率 ratio", area: "面积 area", length: "长度 length", weight: "重量 weight", volume: "体积 volume",
    duration: "时长 duration", age: "年龄 age", temperature: "温度 temperature", other: "其他 other"
  };
  var APPROX = {
    about: "约 about", nearly: "近 nearly", over: "超过 over", under: "不到 under",
    at_least: "不少于 at least", at_most: "不超过 at most"
  };
  var CHANGE = { increase: "增加 increase", decrease: "减少 decrease", flat: "持平 flat" };
  var tip = document.getElementById("tip");
  var figures = Array.prototype.slice.call(document.querySelectorAll(".fig"));
  var pinned = null;

  function row(list, name, value) {
    if (!value) { return; }
    var dt = document.createElement("dt");
    dt.textContent = name;
    var dd = document.createElement("dd");
    dd.textContent = value;
    list.appendChild(dt);
    list.appendChild(dd);
  }

  function show(fig) {
    var d = fig.dataset;
    tip.textContent = "";
    var list = document.createElement("dl");
    row(list, "原文 text", fig.textContent);
    row(list, "数值 value", (d.min ? d.min + " – " : "") + d.value + " " + d.unit);
    row(list, "类型 kind", KINDS[d.kind] || d.kind);
    row(list, "货币 currency", d.currency);
    row(list, "约数 approx", d.approx ? (APPROX[d.approx] || d.approx) + (d.qualifier ? " (" + d.qualifier + ")" : "") : "—");
    row(list, "指标 indicator", d.indicator || "—");
    row(list, "变化 change", d.change ? (CHANGE[d.change] || d.change) : "—");
    row(list, "列 column", d.column);
    tip.appendChild(list);
    (d.findings ? d.findings.split(" ") : []).forEach(function (id) {
      var item = document.getElementById(id);
      var message = item && item.querySelector(".finding-message");
      if (message) {
        var p = document.createElement("p");
        p.className = "tip-finding";
        p.textContent = "⚠ " + message.textContent;
        tip.appendChild(p);
      }
    });
    tip.hidden = false;
    var box = fig.getBoundingClientRect();
    var left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.left = left + "px";
    tip.style.top = (window.scrollY + box.bottom + 6) + "px";
    fig.setAttribute("aria-describedby", "tip");
  }

  function hide(fig) {
    if (pinned && pinned !== fig) { return; }
    tip.hidden = true;
    if (fig) { fig.removeAttribute("aria-describedby"); }
  }

  figures.forEach(function (fig) {
    fig.addEventListener("mouseenter", function () { if (!pinned) { show(fig); } });
    fig.addEventListener("mouseleave", function () { if (!pinned) { hide(fig); } });
    fig.addEventListener("focus", function () { pinned = null; show(fig); });
    fig.addEventListener("blur", function () { pinned = null; hide(fig); });
    fig.addEventListener("click", function () { pinned = pinned === fig ? null : fig; show(fig); });
    fig.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { pinned = null; hide(fig); }
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); show(fig); }
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { pinned = null; tip.hidden = true; }
  });

  var kind = document.getElementById("filter-kind");
  var indicator = document.getElementById("filter-indicator");
  var flagged = document.getElementById("filter-flagged");
  var only = document.getElementById("filter-only");
  var count = document.getElementById("filter-count");
  var reset = document.getElementById("filter-reset");

  function apply() {
    var wantKind = kind.value;
    var wantIndicator = indicator.value.trim();
    var wantFlagged = flagged.checked;
    var active = Boolean(wantKind || wantIndicator || wantFlagged);
    var shown = 0;
    document.querySelectorAll(".has-match").forEach(function (el) { el.classList.remove("has-match"); });
    figures.forEach(function (fig) {
      var d = fig.dataset;
      var match = (!wantKind || d.kind === wantKind) &&
        (!wantIndicator || (d.indicator || "").indexOf(wantIndicator) !== -1) &&
        (!wantFlagged || fig.classList.contains("flag"));
      fig.classList.toggle("match", active && match);
      if (active && match) {
        shown += 1;
        var holder = fig.closest("p, .table-wrap, dd, h1, h2, h3, h4, h5, h6");
        if (holder) { holder.classList.add("has-match"); }
      }
    });
    document.body.classList.toggle("filtering", active);
    document.body.classList.toggle("only-matching", active && only.checked);
    count.textContent = active ? shown + " / " + figures.length : String(figures.length);
  }

  document.querySelector("form.tools").addEventListener("submit", function (event) { event.preventDefault(); });
  [kind, indicator, flagged, only].forEach(function (el) {
    el.addEventListener("input", apply);
    el.addEventListener("change", apply);
  });
  reset.addEventListener("click", function () {
    kind.value = ""; indicator.value = ""; flagged.checked = false; only.checked = false; apply();
  });
  apply();
}());

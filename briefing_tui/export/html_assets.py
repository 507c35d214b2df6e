"""The HTML export's inline style sheet and script (nothing is fetched: no fonts, no libraries).

The script only toggles classes: choosing an item (a click, a link, the page's `#hash`, Back and
Forward) marks it, marks the items linked to it, highlights its evidence in the article and
scrolls the article to it. Without JavaScript the page is whole: every item's details open when it
is the link target (`:target`), and every link is an ordinary anchor.
"""

from __future__ import annotations

CSS = """
:root { --bg: #fbfaf7; --fg: #1f2328; --dim: #66707a; --line: #d9d4c7; --card: #ffffff;
  --accent: #0b61a4; --linked: #eef5fc; --sel: #fff1c2; --mark: #ffe08a; --mark2: #e4efff;
  color-scheme: light dark; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #14181c; --fg: #e6e6e3; --dim: #9aa4ad; --line: #2f363d; --card: #1b2026;
    --accent: #6cb6ff; --linked: #1d2a38; --sel: #3b3413; --mark: #6b5a12; --mark2: #203247; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header { padding: 14px 28px 10px; border-bottom: 1px solid var(--line); }
h1 { font-size: 1.35rem; margin: 0 0 2px; line-height: 1.25; }
h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .08em; color: var(--dim);
  margin: 18px 0 6px; display: flex; gap: .6em; }
h2 .count { text-transform: none; letter-spacing: 0; color: var(--accent); }
h3 { font-size: .95rem; margin: 12px 0 4px; }
.meta { color: var(--dim); margin: 0; }
.summary { max-width: 110ch; margin: 6px 0 0; font-size: .92rem; }
nav { margin-top: 8px; font-size: .85rem; }
nav a { margin-right: 1.2em; }
a { color: var(--accent); text-decoration: none; }
a:hover, a:focus-visible { text-decoration: underline; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 0 24px;
  padding: 0 28px 28px; }
#lists { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 0 18px;
  align-content: start; }
#timeline { grid-column: 1 / -1; }
@media (max-width: 900px) { main, #lists { grid-template-columns: 1fr; }
  #side { position: static; height: auto; } }
ol.items, ul.items { list-style: none; margin: 0; padding: 0; }
.item { border-left: 3px solid transparent; padding: 2px 8px; border-radius: 4px; cursor: pointer; }
.item .sub { margin-left: .5em; }
.item:hover { background: var(--linked); }
.row { display: flex; gap: .7em; align-items: baseline; }
.glyph { width: 1.1em; flex: none; text-align: center; color: var(--dim); }
.words { flex: 0 0 10em; color: var(--dim); font-style: italic; overflow: hidden;
  text-overflow: ellipsis; white-space: nowrap; }
.dates { flex: 0 0 8.2em; font-variant-numeric: tabular-nums; font-size: .85rem; }
.title { flex: 1 1 auto; min-width: 0; }
.tag { flex: none; font-size: .75rem; color: var(--dim); border: 1px solid var(--line);
  border-radius: 9px; padding: 0 6px; }
.divider { color: #b07d00; font-size: .8rem; font-weight: 600; padding: 6px 8px;
  display: flex; align-items: center; gap: .6em; }
.divider::before, .divider::after { content: ""; height: 1px; background: #d8b24a; flex: 1; }
.divider::before { flex: 0 0 2em; }
.sub { color: var(--dim); font-size: .85rem; }
.depth-1 { margin-left: 1.4em; } .depth-2 { margin-left: 2.8em; } .depth-3 { margin-left: 4.2em; }
.depth-4 { margin-left: 5.6em; }
.more { display: none; margin: 6px 0 6px 1.8em; padding: 8px 12px; background: var(--card);
  border: 1px solid var(--line); border-radius: 6px; cursor: auto; }
.item.selected > .more, .item:target > .more { display: block; }
.item.selected, .item:target { background: var(--sel); border-left-color: #d29b00; }
.item.linked { background: var(--linked); border-left-color: var(--accent); }
.item.linked > .row > .glyph::before { content: "◆"; color: var(--accent); }
.item.linked > .row > .glyph > span { display: none; }
blockquote { margin: 4px 0; padding: 2px 10px; border-left: 3px solid var(--line); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 6px; }
dt { color: var(--dim); } dd { margin: 0; }
.links { margin-top: 4px; }
.links a { display: inline-block; margin: 0 .35em .3em 0; padding: 0 .55em; font-size: .85rem;
  border: 1px solid var(--line); border-radius: 10px; background: var(--bg); }
#side { position: sticky; top: 0; height: 100vh; display: flex; flex-direction: column;
  align-self: start; padding-top: 4px; }
#article { flex: 1; overflow: auto; background: var(--card); border: 1px solid var(--line);
  border-radius: 8px; padding: 12px 18px; white-space: pre-wrap; overflow-wrap: anywhere;
  font: 15px/1.6 Georgia, "Times New Roman", serif; }
mark { background: transparent; color: inherit; cursor: pointer; }
mark:hover { background: var(--linked); }
mark.linked-evidence { background: var(--mark2); font-style: italic; }
mark.evidence { background: var(--mark); font-weight: 600; font-style: normal;
  border-bottom-color: transparent; }
.hint { color: var(--dim); font-size: .8rem; margin: 6px 0; }
"""

JS = """
(function () {
  "use strict";
  var items = new Map();
  document.querySelectorAll(".item[data-id]").forEach(function (el) {
    items.set(el.getAttribute("data-id"), el);
  });
  var marks = new Map();
  document.querySelectorAll("mark[data-items]").forEach(function (mark) {
    mark.getAttribute("data-items").split(" ").forEach(function (id) {
      if (!marks.has(id)) { marks.set(id, []); }
      marks.get(id).push(mark);
    });
  });
  var article = document.getElementById("article");
  var marked = [];
  function mark(el, name) { el.classList.add(name); marked.push([el, name]); }
  function counts() {
    document.querySelectorAll("section[data-list]").forEach(function (section) {
      var count = section.querySelectorAll(".item.linked").length;
      var note = section.querySelector("h2 .count");
      if (note) { note.textContent = count ? count + " linked" : ""; }
    });
  }
  function select(id) {
    marked.forEach(function (pair) { pair[0].classList.remove(pair[1]); });
    marked = [];
    var el = items.get(id);
    if (el) {
      mark(el, "selected");
      (el.getAttribute("data-links") || "").split(" ").forEach(function (other) {
        var linked = items.get(other);
        if (linked) { mark(linked, "linked"); }
        (marks.get(other) || []).forEach(function (m) { mark(m, "linked-evidence"); });
      });
      var own = marks.get(id) || [];
      own.forEach(function (m) { mark(m, "evidence"); });
      if (own.length && article) {
        var top = own[0].offsetTop - article.offsetTop - article.clientHeight / 3;
        article.scrollTop = Math.max(0, top);
      }
    }
    counts();
  }
  function fromHash() {
    var target = decodeURIComponent(location.hash.slice(1));
    var el = target ? document.getElementById(target) : null;
    if (el && el.classList.contains("item")) { select(el.getAttribute("data-id")); }
  }
  document.addEventListener("click", function (event) {
    if (event.target.closest("a[href], .more")) { return; }
    var mark = event.target.closest("mark[data-items]");
    var id = mark ? mark.getAttribute("data-items").split(" ")[0] : null;
    var el = id ? items.get(id) : event.target.closest(".item[data-id]");
    if (!el) { return; }
    if (location.hash === "#" + el.id) { select(el.getAttribute("data-id")); }
    else { location.hash = el.id; }
  });
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
"""

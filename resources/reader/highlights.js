// Yomu reader page: highlights and the selection toolbar.
// Highlights are drawn with the CSS Custom Highlight API (::highlight), so the article's DOM is
// never changed: selection, ruby and popups keep working inside them. Offsets come from our own
// (block, offset) map (yomuKit), never from the browser's selected string.
"use strict";
(function () {
  const kit = window.yomuKit;
  const COLOURS = ["yellow", "green", "blue", "pink", "purple"];
  const hl = { items: [], active: null };

  // ------------------------------------------------------------------ drawing
  function names() { return Array.from(CSS.highlights.keys()).filter((n) => n.startsWith("yomu-hl-") || n.startsWith("yomu-ul-") || n === "yomu-noted" || n === "yomu-active"); }
  function draw() {
    if (!window.CSS || !CSS.highlights) return;
    for (const n of names()) CSS.highlights.delete(n);
    const groups = new Map();
    const noted = new Highlight();
    const active = new Highlight();
    for (const h of hl.items) {
      if (h.orphaned) continue;
      const ranges = kit.blockRanges(h.paragraph, h.start, h.end);
      if (!ranges.length) continue;
      const name = (h.style === "underline" ? "yomu-ul-" : "yomu-hl-") + (COLOURS.includes(h.colour) ? h.colour : "yellow");
      if (!groups.has(name)) groups.set(name, new Highlight());
      for (const r of ranges) {
        groups.get(name).add(r);
        if (h.note) noted.add(r);
        if (h.id === hl.active) active.add(r);
      }
    }
    // Overlaps stay legible: fills are translucent and blend; underlines draw over fills.
    let priority = 1;
    for (const [name, group] of groups) {
      group.priority = name.startsWith("yomu-ul-") ? 10 + priority : priority;
      CSS.highlights.set(name, group);
      priority++;
    }
    noted.priority = 20;
    active.priority = 30;
    CSS.highlights.set("yomu-noted", noted);
    CSS.highlights.set("yomu-active", active);
  }
  function at(block, offset) {
    return hl.items.filter((h) => !h.orphaned && h.paragraph === block && h.start <= offset && offset < h.end);
  }

  // -------------------------------------------------------------- selection
  // The selection as (block, offset) pairs over paragraphs only (not the title or the byline line).
  function selected() {
    const sel = window.getSelection();
    if (!sel || !sel.rangeCount || sel.isCollapsed) return null;
    const r = sel.getRangeAt(0);
    const a = kit.positionOf(r.startContainer, r.startOffset);
    const b = kit.positionOf(r.endContainer, r.endOffset);
    if (!a || !b) return null;
    let start = a, end = b;
    if (start.block < 0) start = { block: 0, offset: 0 };
    if (end.block < 0) return null;
    if (end.block < start.block || (end.block === start.block && end.offset <= start.offset)) return null;
    return { startBlock: start.block, start: start.offset, endBlock: end.block, end: end.offset, range: r };
  }

  const bar = document.createElement("div");
  bar.id = "yomu-selection-bar";
  bar.setAttribute("role", "toolbar");
  bar.setAttribute("aria-label", "Selection");
  function button(label, title, action, cls) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = cls || "";
    b.textContent = label;
    b.title = title;
    b.setAttribute("aria-label", title);
    b.addEventListener("mousedown", (ev) => ev.preventDefault()); // keep the selection
    b.addEventListener("click", (ev) => { ev.stopPropagation(); action(); });
    bar.appendChild(b);
    return b;
  }
  for (const c of COLOURS) {
    const b = button("", `Highlight in ${c}`, () => highlightSelection(c, "highlight", false), "swatch swatch-" + c);
    b.setAttribute("data-colour", c);
  }
  button("U", "Underline", () => highlightSelection("yellow", "underline", false), "tool underline");
  button("Note", "Highlight and add a note", () => highlightSelection("yellow", "highlight", true), "tool note");
  button("Copy", "Copy the text (without readings)", () => { document.execCommand("copy"); hideBar(); }, "tool copy");
  button("Look up", "Look up the word at the start", () => { kit.lookupAtSelection(); hideBar(); }, "tool lookup");
  document.body.appendChild(bar);
  bar.addEventListener("click", (ev) => ev.stopPropagation());

  function showBar() {
    const s = selected();
    if (!s) { hideBar(); return; }
    const rects = s.range.getClientRects();
    const last = rects[rects.length - 1] || s.range.getBoundingClientRect();
    bar.classList.add("open");
    const w = bar.offsetWidth, h = bar.offsetHeight, vw = window.innerWidth, vh = window.innerHeight;
    let top = last.bottom + 8;
    if (top + h > vh - 8) top = Math.max(8, (rects[0] || last).top - h - 8);
    const left = Math.min(Math.max(8, last.right - w / 2), vw - w - 8);
    bar.style.left = Math.round(left) + "px";
    bar.style.top = Math.round(top) + "px";
  }
  function hideBar() { bar.classList.remove("open"); }
  let selTimer = 0;
  document.addEventListener("selectionchange", () => {
    clearTimeout(selTimer);
    selTimer = setTimeout(() => { if (!kit.state.dragging) showBar(); }, 120);
  });
  document.addEventListener("mousedown", (ev) => { if (!bar.contains(ev.target)) { kit.state.dragging = true; hideBar(); } });
  document.addEventListener("mouseup", () => { kit.state.dragging = false; setTimeout(showBar, 0); });
  window.addEventListener("scroll", () => { if (bar.classList.contains("open")) showBar(); }, { passive: true });

  function highlightSelection(colour, style, withNote) {
    const s = selected();
    const bridge = kit.bridge();
    if (!s || !bridge) return false;
    bridge.addHighlight(s.startBlock, s.start, s.endBlock, s.end, colour, style, withNote, () => {});
    window.getSelection().removeAllRanges();
    hideBar();
    return true;
  }

  // Keyboard selection without caret browsing: a click leaves a caret in the text, and
  // Shift+arrows extend the selection from it (Ctrl as well: by word; Home/End: to the line's ends).
  document.addEventListener("keydown", (ev) => {
    if (!ev.shiftKey) return;
    const sel = window.getSelection();
    if (!sel || !sel.rangeCount) return;
    const ways = { ArrowRight: ["forward", "character"], ArrowLeft: ["backward", "character"],
                   ArrowDown: ["forward", "line"], ArrowUp: ["backward", "line"],
                   End: ["forward", "lineboundary"], Home: ["backward", "lineboundary"] };
    const way = ways[ev.key];
    if (!way) return;
    const vertical = document.body.classList.contains("vertical");
    let [direction, unit] = way;
    if (vertical && (ev.key === "ArrowDown" || ev.key === "ArrowUp")) unit = "character"; // 縦書き: down is along the line
    if (vertical && (ev.key === "ArrowLeft" || ev.key === "ArrowRight")) {
      unit = "line"; direction = ev.key === "ArrowLeft" ? "forward" : "backward";
    }
    if ((ev.ctrlKey || ev.altKey) && unit === "character") unit = "word";
    ev.preventDefault();
    if (unit === "character" && stepByCharacter(sel, direction === "forward" ? 1 : -1)) return;
    sel.modify("extend", direction, unit);
  });

  // One character of the article's text, by our own offsets: the browser's own step would stop
  // inside ruby readings, which are not the article's text.
  function stepByCharacter(sel, delta) {
    const focus = kit.positionOf(sel.focusNode, sel.focusOffset);
    if (!focus || focus.block < 0) return false;
    const len = (b) => { const e = document.querySelector(`[data-b="${b}"]`); return e ? +e.dataset.len : null; };
    let block = focus.block, offset = focus.offset + delta;
    if (offset > len(block) && len(block + 1) !== null) { block += 1; offset = 1; }
    if (offset < 0 && block > 0) { block -= 1; offset = len(block) - 1; }
    offset = Math.max(0, Math.min(offset, len(block)));
    const to = kit.domPosition(block, offset);
    if (!to) return false;
    sel.setBaseAndExtent(sel.anchorNode, sel.anchorOffset, to.node, to.unit);
    return true;
  }

  // Clicking a highlight opens it (in the notes panel); hovering still looks words up.
  document.addEventListener("click", (ev) => {
    if (window.getSelection().toString() || bar.contains(ev.target)) return;
    const h = kit.hit(ev.clientX, ev.clientY);
    if (!h) return;
    const found = at(h.block, h.offset);
    if (!found.length) return;
    const pick = found.find((x) => x.id === hl.active) ? found[(found.findIndex((x) => x.id === hl.active) + 1) % found.length] : found[found.length - 1];
    const bridge = kit.bridge();
    if (bridge) bridge.openHighlight(pick.id);
    ev.stopImmediatePropagation(); // not a lookup
  }, true);

  // the article's highlights as the page was built: drawn now, before the first paint
  try {
    const initial = document.getElementById("yomu-highlights");
    if (initial) { hl.items = JSON.parse(initial.textContent) || []; draw(); }
  } catch (e) { hl.items = []; }

  // ------------------------------------------------------------------ api
  Object.assign(window.yomu, {
    setHighlights(list) { hl.items = Array.isArray(list) ? list : []; draw(); return hl.items.length; },
    setActiveHighlight(id) { hl.active = id || null; draw(); return true; },
    revealHighlight(id) {
      const h = hl.items.find((x) => x.id === id);
      if (!h || h.orphaned) return false;
      hl.active = id; draw();
      return window.yomu.reveal(h.paragraph, h.start);
    },
    highlightSelection(colour, style, withNote) { return highlightSelection(colour || "yellow", style || "highlight", !!withNote); },
    highlightsAt(block, offset) { return at(block, offset).map((h) => h.id); },
    drawnHighlights() {
      const out = {};
      // how many highlights each paint layer holds (a highlight may be drawn as several runs)
      for (const n of names()) out[n] = 0;
      for (const h of hl.items) {
        if (h.orphaned || !kit.blockRanges(h.paragraph, h.start, h.end).length) continue;
        const n = (h.style === "underline" ? "yomu-ul-" : "yomu-hl-") + h.colour;
        if (CSS.highlights.has(n)) out[n] = (out[n] || 0) + 1;
      }
      return out;
    },
    selectionOffsets() {
      const s = selected();
      return s ? { startBlock: s.startBlock, start: s.start, endBlock: s.endBlock, end: s.end } : null;
    },
    selectionBar() {
      if (!bar.classList.contains("open")) return { open: false };
      const buttons = {};
      for (const b of bar.querySelectorAll("button")) {
        const r = b.getBoundingClientRect();
        buttons[b.getAttribute("data-colour") || b.textContent] = { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }
      return { open: true, buttons };
    },
  });
})();

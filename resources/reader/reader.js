// Yomu reader page script. Talks to Python through one QWebChannel object, "bridge", whose
// methods are lookup(block, offset) -> JSON string, reportPosition(fraction), pageReady(token),
// addHighlight(...) and openHighlight(id) (the last two from highlights.js).
// Everything shown from the bridge's answers is set with textContent: no HTML from data.
"use strict";
(function () {
  const config = JSON.parse(document.getElementById("yomu-config").textContent);
  const body = document.body;
  const root = document.documentElement;
  const state = {
    bridge: null, seq: 0, last: null, pinned: false, trigger: config.trigger || "hover",
    tab: "words", result: null, context: null, anchorRect: null, timings: [], parts: [], ready: false, pendingFraction: config.position || 0,
  };

  // ------------------------------------------------------------------ settings
  function setClass(prefix, value) {
    for (const c of Array.from(body.classList)) if (c.startsWith(prefix)) body.classList.remove(c);
    body.classList.add(prefix + value);
  }
  // A change that re-lays the text out keeps the reader's place (as a fraction of the article).
  function keepingPlace(change) {
    const f = state.ready ? fraction() : null;
    change();
    if (f !== null) { void body.offsetHeight; scrollToFraction(f); }
  }
  const api = {
    setFontSize(px) { keepingPlace(() => root.style.setProperty("--font-size", px + "px")); },
    setMeasure(em) { keepingPlace(() => root.style.setProperty("--measure", em + "em")); },
    setFurigana(mode) { keepingPlace(() => { setClass("fg-", mode); if (mode !== "word") clearShown(); }); },
    setTheme(name) { setClass("theme-", name); },
    setVertical(on) {
      const f = fraction();
      body.classList.toggle("vertical", !!on);
      closePopup(true);
      requestAnimationFrame(() => scrollToFraction(f));
    },
    setSerif(on) { keepingPlace(() => body.classList.toggle("serif", !!on)); },
    setTrigger(t) { state.trigger = t; },
    scrollToFraction(f) { scrollToFraction(f); },
    fraction() { return fraction(); },
    lookupAtSelection() { return lookupAtSelection(); },
    lookupAt(block, offset) { return request(block, offset, performance.now()); },
    contextTarget() { return state.context || null; },
    caretTarget() { const at = selectionPosition(); return at ? Object.assign(at, { selection: selectionSpan() }) : null; },
    closePopup() { closePopup(true); },
    popupState() { return popupState(); },
    timings() { return state.timings.slice(); },
    timingParts() { return state.parts.slice(); },
    rectOf(block, offset) { return rectOf(block, offset); },
    reveal(block, offset) {
      const r = blockRange(block, offset, offset + 1);
      const target = r && r.startContainer.parentElement;
      if (target) {
        target.scrollIntoView({ block: "center", inline: "center" });
        // again after the next layout: the window may still be settling (a panel just opened)
        requestAnimationFrame(() => target.scrollIntoView({ block: "center", inline: "center" }));
      }
      return !!target;
    },
    bridgeMethods() { return state.bridge ? Object.keys(state.bridge).filter((k) => typeof state.bridge[k] === "function").sort() : null; },
  };
  window.yomu = api;
  function clearShown() { document.querySelectorAll("ruby.show").forEach((r) => r.classList.remove("show")); }
  api.setFontSize(config.fontSize);
  api.setMeasure(config.measure);
  body.classList.toggle("serif", !!config.serif);

  // ------------------------------------------------------------- positions
  function scroller() { return document.scrollingElement || root; }
  function fraction() {
    const s = scroller();
    if (body.classList.contains("vertical")) {
      const max = s.scrollWidth - s.clientWidth;
      return max > 0 ? Math.min(1, Math.max(0, Math.abs(s.scrollLeft) / max)) : 0;
    }
    const max = s.scrollHeight - s.clientHeight;
    return max > 0 ? Math.min(1, Math.max(0, s.scrollTop / max)) : 0;
  }
  function scrollToFraction(f) {
    const s = scroller();
    if (body.classList.contains("vertical")) {
      // vertical-rl starts at the right edge: scrollLeft runs from 0 to -(max)
      s.scrollLeft = -f * (s.scrollWidth - s.clientWidth);
    } else {
      s.scrollTop = f * (s.scrollHeight - s.clientHeight);
    }
  }
  let scrollTimer = 0;
  window.addEventListener("scroll", () => {
    if (!state.pinned) closePopup(false);
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(() => { if (state.bridge && state.ready) state.bridge.reportPosition(fraction()); }, 300);
  }, { passive: true });

  // Code points, not UTF-16 units: offsets in the page are the article's, counted like Python.
  function codePoints(s) { let n = 0; for (const _ of s) n++; return n; }
  function unitsFor(s, cps) { let i = 0, n = 0; for (const ch of s) { if (n === cps) break; i += ch.length; n++; } return i; }
  function baseNode(el) {
    for (const n of el.childNodes) if (n.nodeType === Node.TEXT_NODE) return n;
    return null;
  }

  // (block, offset) under the pointer, or null when the pointer is not over a character.
  function hit(x, y) {
    const range = document.caretRangeFromPoint(x, y);
    if (!range || range.startContainer.nodeType !== Node.TEXT_NODE) return null;
    const node = range.startContainer;
    let el = node.parentElement;
    let inReading = false;
    if (el && el.tagName === "RT") { inReading = true; el = el.parentElement; }
    if (!el || !el.hasAttribute("data-o")) return null;
    const blockEl = el.closest("[data-b]");
    if (!blockEl) return null;
    const block = parseInt(blockEl.getAttribute("data-b"), 10);
    const start = parseInt(el.getAttribute("data-o"), 10);
    if (inReading) return { block, offset: start, el };
    // caretRangeFromPoint gives the caret nearest the point: the character under the pointer is the
    // one before or after it; take the one whose box holds the point.
    const data = node.data;
    for (const unit of [range.startOffset, range.startOffset - 1]) {
      if (unit < 0 || unit >= data.length) continue;
      const r = document.createRange();
      const end = unit + (data.codePointAt(unit) > 0xffff ? 2 : 1);
      r.setStart(node, unit); r.setEnd(node, end);
      for (const box of r.getClientRects()) {
        if (x >= box.left - 1 && x <= box.right + 1 && y >= box.top - 1 && y <= box.bottom + 1) {
          return { block, offset: start + codePoints(data.slice(0, unit)), el };
        }
      }
    }
    return null;
  }

  // A DOM range over [start, end) code points of a block.
  function blockRange(block, start, end) {
    const blockEl = document.querySelector(`[data-b="${block}"]`);
    if (!blockEl) return null;
    const range = document.createRange();
    let startSet = false;
    for (const el of blockEl.querySelectorAll("[data-o]")) {
      const node = baseNode(el);
      if (!node) continue;
      const o = parseInt(el.getAttribute("data-o"), 10);
      const len = codePoints(node.data);
      if (!startSet && start >= o && start < o + len) {
        range.setStart(node, unitsFor(node.data, start - o)); startSet = true;
      }
      if (startSet && end > o && end <= o + len) {
        range.setEnd(node, unitsFor(node.data, end - o));
        return range;
      }
    }
    return startSet ? range : null;
  }
  // The same span as one DOM range per run of base text: what a highlight paints, readings left out
  // (a single range from start to end would include the <rt> elements in between).
  function blockRanges(block, start, end) {
    const blockEl = document.querySelector(`[data-b="${block}"]`);
    if (!blockEl) return [];
    const out = [];
    for (const el of blockEl.querySelectorAll("[data-o]")) {
      const node = baseNode(el);
      if (!node) continue;
      const o = parseInt(el.getAttribute("data-o"), 10);
      const len = codePoints(node.data);
      const a = Math.max(start, o), b = Math.min(end, o + len);
      if (a >= b) continue;
      const r = document.createRange();
      r.setStart(node, unitsFor(node.data, a - o));
      r.setEnd(node, unitsFor(node.data, b - o));
      out.push(r);
    }
    return out;
  }
  function rectOf(block, offset) {
    const r = blockRange(block, offset, offset + 1);
    if (!r) return null;
    const b = r.getBoundingClientRect();
    return { x: b.left, y: b.top, w: b.width, h: b.height };
  }

  // ------------------------------------------------------------------ lookup
  function triggerHeld(ev) {
    switch (state.trigger) {
      case "hover": return true;
      case "shift": return ev.shiftKey;
      case "ctrl": return ev.ctrlKey || ev.metaKey;
      case "alt": return ev.altKey;
      default: return false;
    }
  }
  let pendingMove = null;
  document.addEventListener("mousemove", (ev) => {
    if (popupEl.contains(ev.target)) return;
    if (!triggerHeld(ev) || state.pinned) return;
    if (ev.buttons) return; // dragging a selection
    const first = pendingMove === null;
    pendingMove = { x: ev.clientX, y: ev.clientY, t: ev.timeStamp };
    if (first) queueMicrotask(handleMove);
  });
  function handleMove() {
    const m = pendingMove; pendingMove = null;
    if (!m) return;
    const h = hit(m.x, m.y);
    if (!h) {
      state.last = null;
      if (!state.pinned) closePopup(false);
      return;
    }
    if (state.last && state.last.block === h.block && state.last.offset === h.offset) return;
    state.last = { block: h.block, offset: h.offset };
    request(h.block, h.offset, m.t);
  }
  document.addEventListener("click", (ev) => {
    if (popupEl.contains(ev.target)) return;
    const h = hit(ev.clientX, ev.clientY);
    if (body.classList.contains("fg-word") && h && h.el.tagName === "RUBY") h.el.classList.toggle("show");
    if (!h) { if (!window.getSelection().toString()) closePopup(true); return; }
    if (window.getSelection().toString()) return; // finishing a selection, not a lookup
    state.pinned = false;
    state.last = { block: h.block, offset: h.offset };
    request(h.block, h.offset, ev.timeStamp);
  });
  document.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape") { closePopup(true); ev.preventDefault(); }
  });
  // The word a right-click (or the menu key, at the caret) was about: the window's menu asks.
  document.addEventListener("contextmenu", (ev) => {
    const h = ev.clientX || ev.clientY ? hit(ev.clientX, ev.clientY) : null;
    if (!state.pinned) closePopup(true); // the menu replaces it
    const place = h ? { block: h.block, offset: h.offset } : selectionPosition();
    state.context = place ? Object.assign(place, { selection: selectionSpan() }) : null;
  });
  // The selection as {block, start, end} when it lies inside one block, else null.
  function selectionSpan() {
    const sel = window.getSelection();
    if (!sel || !sel.rangeCount || sel.isCollapsed) return null;
    const r = sel.getRangeAt(0);
    const a = positionOf(r.startContainer, r.startOffset), b = positionOf(r.endContainer, r.endOffset);
    if (!a || !b || a.block !== b.block || b.offset <= a.offset) return null;
    return { block: a.block, start: a.offset, end: b.offset };
  }
  function lookupAtSelection() {
    const at = selectionPosition();
    if (!at) return false;
    request(at.block, at.offset, performance.now());
    return true;
  }
  // (block, offset) where the caret or the selection starts, or null outside the article's text.
  function selectionPosition() {
    const sel = window.getSelection();
    let node = sel && sel.rangeCount ? sel.anchorNode : null;
    let unit = sel && sel.rangeCount ? sel.anchorOffset : 0;
    if (sel && sel.rangeCount && !sel.isCollapsed) {
      const r = sel.getRangeAt(0); node = r.startContainer; unit = r.startOffset;
    }
    if (!node || node.nodeType !== Node.TEXT_NODE) return null;
    let el = node.parentElement;
    if (el && el.tagName === "RT") { el = el.parentElement; unit = 0; }
    if (!el || !el.hasAttribute("data-o")) return null;
    const blockEl = el.closest("[data-b]");
    if (!blockEl) return null;
    const block = parseInt(blockEl.getAttribute("data-b"), 10);
    const offset = parseInt(el.getAttribute("data-o"), 10) + codePoints(node.data.slice(0, unit));
    return { block, offset };
  }
  function request(block, offset, t0) {
    if (!state.bridge) return false;
    const seq = ++state.seq;
    const asked = performance.now();
    state.bridge.lookup(block, offset, (json) => {
      if (seq !== state.seq) return; // a newer hover won
      const answered = performance.now();
      let result = null;
      try { result = json ? JSON.parse(json) : null; } catch (e) { result = null; }
      if (result && result.status === "building") { result.block = block; showNotice(result, "The dictionary is being prepared…"); return; }
      if (!result || ((!result.entries || !result.entries.length) && (!result.kanji || !result.kanji.length))) {
        if (!state.pinned) closePopup(false);
        return;
      }
      result.block = block;
      showPopup(result);
      const drawn = performance.now();
      // Painted: the frame after this one has been produced (rAF, then a task after it).
      requestAnimationFrame(() => setTimeout(() => {
        const painted = performance.now();
        state.timings.push(painted - t0);
        state.parts.push({ hit: asked - t0, bridge: answered - asked, build: drawn - answered, paint: painted - drawn });
        popupEl.setAttribute("data-painted", String(seq));
      }, 0));
    });
    return true;
  }

  // ------------------------------------------------------------------ popup
  const popupEl = document.createElement("div");
  popupEl.id = "yomu-popup";
  popupEl.setAttribute("role", "dialog");
  popupEl.setAttribute("aria-label", "Dictionary");
  document.body.appendChild(popupEl);
  popupEl.addEventListener("mousedown", (ev) => ev.stopPropagation());
  // Pressing the button in the text (to select, say) puts an unpinned popup away.
  document.addEventListener("mousedown", (ev) => { if (ev.button === 0 && !popupEl.contains(ev.target)) closePopup(false); });
  // Clicks inside the popup are the popup's (its buttons re-render it, so check the path here).
  popupEl.addEventListener("click", (ev) => ev.stopPropagation());

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function headword(forms, readings) {
    const h = el("div", "head");
    const form = forms && forms.length ? forms[0] : (readings && readings[0]) || "";
    const reading = readings && readings.length ? readings[0] : "";
    if (reading && reading !== form && /[\u3400-\u9fff\uf900-\ufaff々〆ヶ]/.test(form)) {
      const r = el("ruby", null, form);
      r.appendChild(el("rt", null, reading));
      h.appendChild(r);
    } else {
      h.textContent = form;
    }
    return h;
  }
  // The analyser's part of speech (a word the dictionary lacks) in words a learner reads.
  const SUDACHI_POS = {
    "名詞": "noun", "固有名詞": "proper noun", "普通名詞": "noun", "地名": "place", "国": "country",
    "人名": "person", "姓": "surname", "名": "given name", "組織名": "organisation", "動詞": "verb",
    "形容詞": "adjective", "形状詞": "na-adjective", "副詞": "adverb", "サ変可能": "suru verb",
    "助数詞可能": "counter", "数詞": "number", "接尾辞": "suffix", "接頭辞": "prefix", "感動詞": "interjection",
  };
  function readablePos(pos) {
    const words = [];
    for (const part of String(pos).split("-")) {
      const w = SUDACHI_POS[part];
      if (w && !words.includes(w)) words.push(w);
    }
    if (words.includes("proper noun")) return words.filter((w) => w !== "noun").join(", ");
    return words.join(", ") || pos;
  }
  function entryNode(e) {
    const box = el("div", "entry");
    box.setAttribute("data-source", e.source || "");
    box.appendChild(headword(e.forms, e.readings));
    if (e.readings && e.readings.length > 1) box.appendChild(el("div", "readings", e.readings.join("・")));
    if (e.forms && e.forms.length > 1) box.appendChild(el("div", "forms", e.forms.slice(1).join("・")));
    if (e.inflection && e.inflection.length) {
      const base = e.forms && e.forms.length ? e.forms[0] : "";
      box.appendChild(el("div", "inflection", `← ${base}: ${e.inflection.join(" › ")}`));
    }
    if (e.source === "analyser") box.appendChild(el("div", "readings", "Not in the dictionary: the analyser's reading"));
    const list = el("ol");
    for (const s of e.senses || []) {
      const li = el("li");
      const pos = e.source === "analyser" ? (s.pos || []).map(readablePos) : (s.pos || []);
      if (pos.length) li.appendChild(el("span", "pos", pos.join(", ")));
      li.appendChild(document.createTextNode((s.glosses || []).join("; ")));
      list.appendChild(li);
    }
    box.appendChild(list);
    return box;
  }
  function kanjiNode(k) {
    const box = el("div", "kanji");
    box.appendChild(el("div", "kanji-literal", k.literal));
    box.appendChild(el("div", "meanings", (k.meanings || []).join(", ")));
    if (k.onyomi && k.onyomi.length) box.appendChild(el("div", "on", "On: " + k.onyomi.join("、")));
    if (k.kunyomi && k.kunyomi.length) box.appendChild(el("div", "kun", "Kun: " + k.kunyomi.join("、")));
    const facts = [];
    if (k.strokes) facts.push(`${k.strokes} strokes`);
    if (k.grade) facts.push(k.grade <= 6 ? `school grade ${k.grade}` : k.grade === 8 ? "jōyō" : "jinmeiyō");
    if (k.jlpt) facts.push(`old JLPT level ${k.jlpt}`);
    if (k.frequency) facts.push(`frequency #${k.frequency}`);
    if (facts.length) box.appendChild(el("div", "facts", facts.join(" · ")));
    return box;
  }
  function renderPopup() {
    const r = state.result;
    popupEl.textContent = "";
    const bar = el("div", "bar");
    const words = (r.entries || []).filter((e) => e.source !== "jmnedict");
    const names = (r.entries || []).filter((e) => e.source === "jmnedict");
    if (state.tab === "words" && !words.length && !names.length) state.tab = "kanji";
    if (state.tab === "kanji" && !(r.kanji || []).length) state.tab = "words";
    for (const [key, label] of [["words", "Words"], ["kanji", "Kanji"]]) {
      const b = el("button", "tab" + (state.tab === key ? " active" : ""), label);
      b.type = "button";
      b.setAttribute("data-tab", key);
      b.addEventListener("click", () => { state.tab = key; renderPopup(); place(); });
      bar.appendChild(b);
    }
    const pin = el("button", "pin", state.pinned ? "Pinned" : "Pin");
    pin.type = "button";
    pin.title = "Keep this popup open (Esc closes it)";
    pin.addEventListener("click", () => { state.pinned = !state.pinned; popupEl.classList.toggle("pinned", state.pinned); pin.textContent = state.pinned ? "Pinned" : "Pin"; });
    bar.appendChild(pin);
    popupEl.appendChild(bar);
    if (state.tab === "kanji") {
      for (const k of r.kanji || []) popupEl.appendChild(kanjiNode(k));
      return;
    }
    // Names first when the best match is a name (小池百合子 over 小池), else words first.
    const namesFirst = names.length && r.entries[0].source === "jmnedict";
    const sections = namesFirst ? [["Names", names], ["Words", words]] : [[null, words], ["Names", names]];
    for (const [label, list] of sections) {
      if (!list.length) continue;
      if (label) popupEl.appendChild(el("div", "section", label));
      for (const e of list) popupEl.appendChild(entryNode(e));
    }
    if (!words.length && !names.length) popupEl.appendChild(el("div", "empty", "No dictionary entry"));
  }
  function showNotice(result, text) {
    state.result = result;
    const range = blockRange(result.block, result.at, result.at + 1);
    state.anchorRect = range ? range.getBoundingClientRect() : null;
    popupEl.textContent = "";
    popupEl.appendChild(el("div", "empty", text));
    popupEl.classList.add("open");
    place();
  }
  function showPopup(result) {
    state.result = result;
    state.tab = "words";
    const start = typeof result.start === "number" ? result.start : result.at;
    const range = blockRange(result.block, start, start + Math.max(1, result.length || 1));
    if (range && window.CSS && CSS.highlights) {
      CSS.highlights.set("yomu-match", new Highlight(...blockRanges(result.block, start, start + Math.max(1, result.length || 1))));
    }
    // the first line of the match: a word broken over two lines (or columns) anchors on its start
    state.anchorRect = range ? (range.getClientRects()[0] || range.getBoundingClientRect()) : null;
    renderPopup();
    popupEl.classList.toggle("pinned", state.pinned);
    popupEl.classList.add("open");
    place();
  }
  // Beside the matched word, never over it, always inside the window.
  function place() {
    const a = state.anchorRect;
    if (!a) return;
    const vw = window.innerWidth, vh = window.innerHeight, gap = 6, margin = 8;
    popupEl.style.maxHeight = "";
    popupEl.style.width = "";
    let w = popupEl.offsetWidth;
    let h = popupEl.offsetHeight;
    let left, top;
    if (body.classList.contains("vertical")) {
      // beside the column line: to the left (the way the text goes on) unless the right has more room
      const leftRoom = a.left - gap - margin, rightRoom = vw - a.right - gap - margin;
      const useLeft = leftRoom >= w || leftRoom >= rightRoom;
      const room = Math.max(120, useLeft ? leftRoom : rightRoom);
      if (w > room) { popupEl.style.width = room + "px"; w = popupEl.offsetWidth; h = popupEl.offsetHeight; }
      left = useLeft ? a.left - gap - w : a.right + gap;
      if (h > vh - 2 * margin) { popupEl.style.maxHeight = (vh - 2 * margin) + "px"; h = popupEl.offsetHeight; }
      top = Math.min(Math.max(margin, a.top), Math.max(margin, vh - h - margin));
    } else {
      const below = vh - a.bottom - gap - margin, above = a.top - gap - margin;
      if (h <= below || below >= above) {
        top = a.bottom + gap;
        if (h > below) { popupEl.style.maxHeight = Math.max(60, below) + "px"; h = popupEl.offsetHeight; }
      } else {
        if (h > above) { popupEl.style.maxHeight = Math.max(60, above) + "px"; h = popupEl.offsetHeight; }
        top = a.top - gap - h;
      }
      left = Math.min(Math.max(margin, a.left), Math.max(margin, vw - w - margin));
    }
    popupEl.style.left = Math.round(left) + "px";
    popupEl.style.top = Math.round(top) + "px";
  }
  function closePopup(force) {
    if (state.pinned && !force) return;
    state.pinned = false;
    state.seq++;
    state.result = null;
    state.last = null; // the same word hovered again opens it again
    popupEl.classList.remove("open", "pinned");
    popupEl.removeAttribute("data-painted");
    if (window.CSS && CSS.highlights) CSS.highlights.delete("yomu-match");
  }
  window.addEventListener("resize", () => { if (state.result) closePopup(true); });
  function popupState() {
    if (!popupEl.classList.contains("open") || !state.result) return { open: false };
    const b = popupEl.getBoundingClientRect();
    const heads = Array.from(popupEl.querySelectorAll(".entry .head")).map((h) => {
      const r = h.querySelector("ruby");
      return r ? r.firstChild.textContent : h.textContent;
    });
    const a = state.anchorRect;
    return {
      open: true, pinned: state.pinned, tab: state.tab, block: state.result.block,
      start: typeof state.result.start === "number" ? state.result.start : state.result.at,
      length: state.result.length, heads, text: popupEl.innerText,
      rect: { x: b.left, y: b.top, w: b.width, h: b.height },
      anchor: a ? { x: a.left, y: a.top, w: a.width, h: a.height } : null,
      viewport: { w: window.innerWidth, h: window.innerHeight },
      painted: popupEl.getAttribute("data-painted"),
    };
  }

  // What the page's other scripts (highlights.js) build on: offsets, not the browser's strings.
  window.yomuKit = {
    blockRange, blockRanges, hit, codePoints, baseNode, closePopup: () => closePopup(true), state,
    bridge: () => state.bridge, lookupAtSelection: () => lookupAtSelection(),
    positionOf(node, unit) { return positionOf(node, unit); },
    domPosition(block, offset) { return domPosition(block, offset); },
  };
  // The DOM position of code point ``offset`` of a block (the inverse of positionOf): at the end of
  // a run, the start of the next one, so a caret there is before the next character.
  function domPosition(block, offset) {
    const blockEl = document.querySelector(`[data-b="${block}"]`);
    if (!blockEl) return null;
    let last = null;
    for (const el of blockEl.querySelectorAll("[data-o]")) {
      const node = baseNode(el);
      if (!node) continue;
      const o = parseInt(el.getAttribute("data-o"), 10);
      const len = codePoints(node.data);
      if (offset >= o && offset < o + len) return { node, unit: unitsFor(node.data, offset - o) };
      last = { node, unit: node.data.length, end: o + len };
    }
    return last && offset === last.end ? { node: last.node, unit: last.unit } : null;
  }
  // (block, offset) of a DOM position (a selection's end, say): text inside a ruby's reading counts
  // as its base's start; an element position is resolved to the text around it.
  function positionOf(node, unit) {
    if (node.nodeType === Node.TEXT_NODE) {
      let el = node.parentElement;
      if (el && el.tagName === "RT") {
        el = el.parentElement;
        const blockEl = el && el.closest("[data-b]");
        return blockEl ? { block: +blockEl.dataset.b, offset: +el.dataset.o + (unit > 0 ? codePoints(baseNode(el).data) : 0) } : null;
      }
      if (!el || !el.hasAttribute("data-o")) return null;
      const blockEl = el.closest("[data-b]");
      return blockEl ? { block: +blockEl.dataset.b, offset: +el.dataset.o + codePoints(node.data.slice(0, unit)) } : null;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return null;
    const blockEl = node.closest ? node.closest("[data-b]") : null;
    if (node.hasAttribute && node.hasAttribute("data-b")) {
      // between the block's runs: the start of the run after the position, or the block's end
      const runs = Array.from(node.children).filter((c) => c.hasAttribute("data-o"));
      const after = Array.from(node.childNodes).slice(unit).find((c) => c.nodeType === Node.ELEMENT_NODE && c.hasAttribute("data-o"));
      return { block: +node.dataset.b, offset: after ? +after.dataset.o : +node.dataset.len, runs: runs.length };
    }
    if (blockEl && node.hasAttribute && node.hasAttribute("data-o")) {
      // inside a run element: before its text (0) or after it
      const text = baseNode(node);
      return { block: +blockEl.dataset.b, offset: +node.dataset.o + (unit > 0 && text ? codePoints(text.data) : 0) };
    }
    if (blockEl && node.tagName === "RT") {
      const ruby = node.parentElement;
      return { block: +blockEl.dataset.b, offset: +ruby.dataset.o };
    }
    return null;
  }

  // ------------------------------------------------------------------ copy
  // Copy the article's text, not the readings the browser would put in the selected string.
  document.addEventListener("copy", (ev) => {
    const sel = window.getSelection();
    if (!sel || !sel.rangeCount || sel.isCollapsed) return;
    const parts = [];
    for (let i = 0; i < sel.rangeCount; i++) {
      const frag = sel.getRangeAt(i).cloneContents();
      frag.querySelectorAll("rt").forEach((n) => n.remove());
      const blocks = frag.querySelectorAll("[data-b]");
      if (blocks.length) blocks.forEach((b) => parts.push(b.textContent));
      else parts.push(frag.textContent);
    }
    ev.clipboardData.setData("text/plain", parts.join("\n"));
    ev.preventDefault();
  });

  // ------------------------------------------------------------------ start
  // Ready = laid out, scrolled to the reader's place and painted (the frame after this one).
  function start() {
    scrollToFraction(state.pendingFraction);
    state.ready = true;
    requestAnimationFrame(() => setTimeout(() => { if (state.bridge) state.bridge.pageReady(config.token || ""); }, 0));
  }
  if (typeof QWebChannel !== "undefined" && window.qt && qt.webChannelTransport) {
    new QWebChannel(qt.webChannelTransport, (channel) => {
      state.bridge = channel.objects.bridge;
      if (document.fonts && document.fonts.status !== "loaded") document.fonts.ready.then(start);
      else start();
    });
  } else {
    start();
  }
})();

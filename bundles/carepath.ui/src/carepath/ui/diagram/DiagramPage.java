package carepath.ui.diagram;

import java.util.HashSet;
import java.util.Set;

import carepath.diagram.FontSubsets;

/**
 * The page the diagram view's browser shows: the drawing, a banner for why an older drawing is
 * shown, and a small script for zoom (wheel), pan (drag), fit, clicks (to the text) and
 * highlighting (from the caret). It is also the editing surface, where Xtext's Eclipse UI would
 * have a GEF or Sirius canvas: a palette of what can be added, drags that connect or move,
 * double-click and F2 to change a title, Shift+F2 a name, Delete, and a context menu; each
 * gesture goes to the view as {@code carepathEdit(action, element id, other id, value)}, which
 * answers later through {@code carepath.answer} (why nothing changed, shown at the foot of the
 * page, and what to select). The view swaps drawings through {@code carepath.update}, so the
 * zoom, pan and caret highlight survive each update; the page tells the view through
 * {@code carepathShown} once a drawing is in place.
 */
final class DiagramPage {
	private DiagramPage() {
	}

	/**
	 * The page with DejaVu Sans inside it, regular and bold, for the scripts drawings are written
	 * in: the text was measured with that font, so it fits its boxes whatever fonts the machine has.
	 * Loaded once with the page; each drawing then comes without a font of its own.
	 */
	static String html() {
		Set<Integer> characters = new HashSet<>();
		for (int[] range : DRAWN_CHARACTERS) {
			for (int c = range[0]; c <= range[1]; c++) {
				characters.add(c);
			}
		}
		String fonts = FontSubsets.fontFace(false, characters) + FontSubsets.fontFace(true, characters);
		return HTML.replace("<style>\n", "<style>\n" + fonts);
	}

	/** Latin with its accents (Dutch, Scots Gaelic...), punctuation, arrows, shapes and the marks the drawings use. */
	private static final int[][] DRAWN_CHARACTERS = { { 0x20, 0x7e }, { 0xa0, 0x17f }, { 0x2000, 0x206f }, { 0x20ac, 0x20ac },
			{ 0x2190, 0x21ff }, { 0x2212, 0x2212 }, { 0x25a0, 0x25ff }, { 0x2700, 0x27bf } };

	private static final String HTML = """
			<!DOCTYPE html>
			<html><head><meta charset="utf-8"/>
			<style>
			html, body { margin: 0; height: 100%; overflow: hidden; background: #fafafa; font-family: 'DejaVu Sans', sans-serif; }
			#banner, #notice { display: none; position: absolute; left: 0; right: 0; padding: 4px 10px; font-size: 12px; z-index: 3; }
			#banner { top: 0; background: #fff3e0; color: #8a4b00; border-bottom: 1px solid #e0b070; }
			#notice { bottom: 0; background: #ffebee; color: #8e0000; border-top: 1px solid #e57373; white-space: pre-wrap; }
			#palette { position: absolute; top: 28px; left: 6px; z-index: 2; display: flex; flex-direction: column; gap: 2px;
			  background: #ffffffe0; border: 1px solid #cfd8dc; border-radius: 4px; padding: 3px; font-size: 12px; }
			#palette button { font: inherit; text-align: left; border: 1px solid transparent; background: none; padding: 3px 8px;
			  border-radius: 3px; cursor: pointer; }
			#palette button:hover { background: #eceff1; }
			#palette button.active { background: #e3f2fd; border-color: #64b5f6; }
			#palette .heading { color: #78909c; padding: 2px 8px 0; font-size: 11px; }
			#ask { position: absolute; z-index: 4; background: #fff; border: 1px solid #64b5f6; border-radius: 4px; padding: 6px;
			  box-shadow: 0 2px 8px #0003; font-size: 12px; }
			#ask input, #ask select { font: inherit; margin-top: 3px; min-width: 220px; display: block; }
			#menu { position: absolute; z-index: 4; background: #fff; border: 1px solid #b0bec5; box-shadow: 0 2px 8px #0003;
			  font-size: 12px; padding: 2px 0; }
			#menu div { padding: 4px 14px; cursor: pointer; } #menu div:hover { background: #e3f2fd; }
			#stage { position: absolute; top: 0; left: 0; transform-origin: 0 0; }
			#empty { color: #78909c; padding: 20px; font-size: 13px; }
			.cp-highlight > rect, .cp-highlight > circle, .cp-highlight > path { stroke: #ff6f00 !important; stroke-width: 4px !important; }
			.cp-selected > rect, .cp-selected > circle, .cp-selected > path { stroke: #1e88e5 !important; stroke-width: 4px !important; }
			.cp-dragging { opacity: 0.6; pointer-events: none; }
			.cp-source > rect { stroke: #43a047 !important; stroke-width: 4px !important; }
			g[data-offset] { cursor: pointer; }
			</style></head>
			<body><div id="banner"></div><div id="notice"></div><div id="palette"></div>
			<div id="stage"><div id="empty">Open a .journey file to see its diagram.</div></div>
			<script>
			var carepath = (function () {
			  var scale = 1, x = 10, y = 10, drag = null, fitted = false, tool = 'select', selected = null, caret = -1, pending = 0;
			  var stage = document.getElementById('stage');
			  // What the palette offers on each view: [tool, label, what to click or drag].
			  var TOOLS = {
			    system: [['select', 'Select and move', 'Drag a service into a category; drag the map to pan'],
			      ['service', 'Service', 'Click in the map or a category group'],
			      ['referral', 'Referral', 'Drag from one service to another'],
			      ['signpost', 'Signpost', 'Drag from one service to another'],
			      ['declined', 'If declined', 'Drag from a referral to where people go instead']],
			    journey: [['select', 'Select and move', 'Drag a step to another place; drag a feeling up or down'],
			      ['stage', 'Stage', 'Click anywhere in the journey'],
			      ['step', 'Step', 'Click a step (adds after it) or a stage'],
			      ['pain', 'Pain point', 'Click a step'], ['good', 'Good practice', 'Click a step'], ['idea', 'Change idea', 'Click a step']]
			  };
			  var PAINS = ['gap', 'repetition', 'waiting', 'communication', 'access', 'coordination'];
			  function apply() { stage.style.transform = 'translate(' + x + 'px,' + y + 'px) scale(' + scale + ')'; }
			  function svg() { return stage.querySelector('svg'); }
			  function view() { var s = svg(); return s ? s.getAttribute('data-view') : ''; }
			  function fit() {
			    var s = svg(); if (!s) { return; }
			    var w = s.width.baseVal.value, h = s.height.baseVal.value;
			    var palette = document.getElementById('palette'), left = palette.style.display === 'none' ? 10 : palette.offsetWidth + 16;
			    scale = Math.min((window.innerWidth - left) / (w + 10), window.innerHeight / (h + 20), 2);
			    x = left; y = 10; apply();
			  }
			  function byId(id) { return id ? document.getElementById(id) : null; }
			  function element(target, kinds) {
			    for (var g = target && target.closest ? target.closest('g[id]') : null; g; g = g.parentElement ? g.parentElement.closest('g[id]') : null) {
			      var kind = g.id.split('/')[0];
			      if (!kinds || kinds.indexOf(kind) >= 0) { return g; }
			    }
			    return null;
			  }
			  function firstOf(kind) { return stage.querySelector('g[id^="' + kind + '/"]'); }
			  function say(message) {
			    var n = document.getElementById('notice'); n.textContent = message || ''; n.style.display = message ? 'block' : 'none';
			  }
			  // One gesture per tool, as in most modelling tools: then back to selecting.
			  // The view works the change out off the UI thread and answers through carepath.answer.
			  function edit(action, id, other, value) {
			    if (tool !== 'select') { use('select'); }
			    if (!window.carepathEdit) { return; }
			    say('');
			    var refused = carepathEdit(action, id || '', other || '', value === undefined || value === null ? '' : String(value));
			    if (refused) { say(refused); } else { pending++; }
			  }
			  function select(id) {
			    if (id !== selected && window.carepathSelected) { carepathSelected(id || null); }
			    selected = id;
			    stage.querySelectorAll('.cp-selected').forEach(function (g) { g.classList.remove('cp-selected'); });
			    var g = byId(id); if (g) { g.classList.add('cp-selected'); }
			  }
			  function palette() {
			    var p = document.getElementById('palette'), tools = TOOLS[view() === 'journey' ? 'journey' : view() === 'system' ? 'system' : ''];
			    p.innerHTML = ''; p.style.display = tools ? 'flex' : 'none';
			    if (!tools) { return; }
			    var heading = document.createElement('div'); heading.className = 'heading'; heading.textContent = 'Add or change'; p.appendChild(heading);
			    tools.forEach(function (t) {
			      var b = document.createElement('button'); b.id = 'tool-' + t[0]; b.textContent = t[1]; b.title = t[2];
			      if (t[0] === tool) { b.className = 'active'; }
			      b.addEventListener('mousedown', function (e) { e.stopPropagation(); });
			      b.addEventListener('click', function (e) { e.stopPropagation(); use(t[0]); });
			      p.appendChild(b);
			    });
			  }
			  function use(next) { tool = next; palette(); say(''); }
			  // A small form over the drawing: a line of text (none when initial is null) and lists to choose
			  // from (each a list of [value, label]); Enter sends, Escape leaves.
			  function ask(label, initial, at, then, lists) {
			    close();
			    var box = document.createElement('div'); box.id = 'ask';
			    box.style.left = Math.max(4, Math.min(at.x, window.innerWidth - 260)) + 'px';
			    box.style.top = Math.max(4, Math.min(at.y, window.innerHeight - 90)) + 'px';
			    var caption = document.createElement('div'); caption.textContent = label; box.appendChild(caption);
			    var selects = (lists || []).map(function (list) {
			      var choice = document.createElement('select');
			      list.forEach(function (c) {
			        var o = document.createElement('option'); o.value = c[0]; o.textContent = c[1]; choice.appendChild(o);
			      });
			      box.appendChild(choice);
			      return choice;
			    });
			    var input = document.createElement('input'); input.type = 'text'; input.value = initial || '';
			    if (initial !== null) { box.appendChild(input); }
			    box.addEventListener('mousedown', function (e) { e.stopPropagation(); });
			    box.addEventListener('keydown', function (e) {
			      e.stopPropagation();
			      if (e.key === 'Enter') {
			        var v = input.value, chosen = selects.map(function (c) { return c.value; }); close(); then(v, chosen[0], chosen[1]);
			      } else if (e.key === 'Escape') { close(); }
			    });
			    document.body.appendChild(box);
			    (initial !== null ? input : selects[0]).focus();
			    if (initial !== null) { input.select(); }
			    return box;
			  }
			  function plain(list) { return list.map(function (v) { return [v, v]; }); }
			  function close() {
			    ['ask', 'menu'].forEach(function (id) { var b = document.getElementById(id); if (b) { b.remove(); } });
			  }
			  function place(g) {
			    var r = g.getBoundingClientRect(); return { x: r.left, y: r.bottom + 4 };
			  }
			  function title(g) {
			    var texts = g.querySelectorAll(':scope > text');
			    return texts.length ? texts[0].textContent : '';
			  }
			  var CARDS = ['pain', 'good', 'idea', 'support', 'quote', 'information'];
			  function retitle(g) {
			    if (!g) { return; }
			    var kind = g.id.split('/')[0];
			    if (CARDS.indexOf(kind) >= 0) {
			      ask('Words of the card', words(g), place(g), function (v) { edit('text', g.id, '', v); });
			    } else {
			      ask('Title of ' + g.id.split('/').pop() + ' (empty: show its name)', title(g), place(g), function (v) { edit('title', g.id, '', v); });
			    }
			  }
			  // A card's words as drawn, without what the drawing adds: the pain point's kind, the quote marks.
			  function words(g) {
			    var text = Array.prototype.map.call(g.querySelectorAll(':scope > text'), function (t) { return t.textContent; }).join(' ');
			    var kind = g.id.split('/')[0];
			    if (kind === 'pain') { var colon = text.indexOf(': '); return colon >= 0 ? text.substring(colon + 2) : ''; }
			    if (kind === 'quote') { return text.replace(/^\u201c|\u201d$/g, ''); }
			    if (kind === 'information') { var arrow = text.lastIndexOf(' \u2192 '); return arrow >= 0 ? text.substring(0, arrow) : text; }
			    return text;
			  }
			  var CHANNELS = ['face-to-face', 'phone', 'video', 'online', 'letter', 'email', 'message', 'home-visit'];
			  function placeOf(g) {
			    var services = window.carepathServices ? carepathServices() : [];
			    var list = [['', '(service as it is)']].concat(Array.prototype.map.call(services, function (s) { var p = String(s).split('\t'); return [p[0], p[1]]; }));
			    ask('Where the step happens, and how', null, place(g), function (v, service, channel) { edit('place', g.id, service, channel); },
			      [list, [['', '(channel as it is)']].concat(plain(CHANNELS))]);
			  }
			  function rename(g) {
			    if (!g) { return; }
			    ask('Name (changes every reference to it)', g.id.split('/').pop(), place(g), function (v) { edit('rename', g.id, '', v); });
			  }
			  function remove(g) { if (g) { edit('delete', g.id, '', ''); } }
			  // A click with a tool that adds: where it was clicked decides where the new element goes.
			  function add(target, e) {
			    var at = { x: e.clientX, y: e.clientY }, g;
			    if (tool === 'service') {
			      g = element(target, ['category']) || firstOf('ecosystem');
			      if (g) { ask('Title of the new service', '', at, function (v) { edit('add-service', g.id, '', v); }); }
			    } else if (tool === 'stage') {
			      g = firstOf('journey');
			      if (g) { ask('Title of the new stage', '', at, function (v) { edit('add-stage', g.id, '', v); }); }
			    } else if (tool === 'step') {
			      g = element(target, ['step', 'stage']);
			      if (g) { ask('Title of the new step' + (g.id.indexOf('step/') === 0 ? ' (after this one)' : ''), '', at,
			        function (v) { edit('add-step', g.id, 'after', v); }); }
			      else { say('Click a step to add one after it, or a stage to add one at its end.'); }
			    } else if (tool === 'pain' || tool === 'good' || tool === 'idea') {
			      g = stepOf(target);
			      if (!g) { say('Click a step to add the card to it.'); return; }
			      if (tool === 'pain') {
			        ask('Pain point: its kind and what happens', '', at, function (v, kind) { edit('add-card', g.id, 'pain:' + kind, v); }, [plain(PAINS)]);
			      } else {
			        ask(tool === 'good' ? 'Good practice' : 'Change idea', '', at, function (v) { edit('add-card', g.id, tool, v); });
			      }
			    }
			  }
			  function stepOf(target) {
			    var g = element(target, ['step', 'pain', 'good', 'idea', 'support', 'information', 'dot', 'quote', 'wait']);
			    if (!g) { return null; }
			    var at = g.id.indexOf('step/');
			    var parts = g.id.substring(at).split('/');
			    return byId(parts.slice(0, 4).join('/'));
			  }
			  function menu(g, e) {
			    close();
			    var items = [['Change the title (F2)', function () { retitle(g); }], ['Change the name (Shift+F2)', function () { rename(g); }],
			      ['Delete (Del)', function () { remove(g); }]];
			    var kind = g.id.split('/')[0];
			    if (kind === 'connection') {
			      items = [['Mark supported', function () { edit('supported', g.id, '', 'true'); }],
			        ['Not supported', function () { edit('supported', g.id, '', 'false'); }],
			        ['Add an access criterion', function () { ask('Access criterion', '', place(g), function (v) { edit('criterion', g.id, '', v); }); }],
			        ['Who decides', function () { ask('Who decides (empty: nobody named)', '', place(g), function (v) { edit('decided', g.id, '', v); }); }],
			        ['Delete (Del)', function () { remove(g); }]];
			    } else if (CARDS.indexOf(kind) >= 0) {
			      items = [['Change the words (F2)', function () { retitle(g); }], ['Delete (Del)', function () { remove(g); }]];
			    } else if (kind === 'step') {
			      items.unshift(['Service and channel', function () { placeOf(g); }]);
			      items.unshift(['Add a step before', function () { ask('Title of the new step', '', place(g), function (v) { edit('add-step', g.id, 'before', v); }); }],
			        ['Add a step after', function () { ask('Title of the new step', '', place(g), function (v) { edit('add-step', g.id, 'after', v); }); }]);
			    }
			    var box = document.createElement('div'); box.id = 'menu';
			    box.style.left = e.clientX + 'px'; box.style.top = e.clientY + 'px';
			    items.forEach(function (item) {
			      var row = document.createElement('div'); row.textContent = item[0];
			      row.addEventListener('mousedown', function (ev) { ev.stopPropagation(); });
			      row.addEventListener('click', function (ev) { ev.stopPropagation(); close(); item[1](); });
			      box.appendChild(row);
			    });
			    document.body.appendChild(box);
			  }
			  // Where a line's two ends are on the screen: a drag that starts nearer one end moves that end.
			  function ends(g) {
			    var path = g.querySelector('path'), s = svg();
			    var n = path ? (path.getAttribute('d').match(/-?[0-9.]+/g) || []).map(Number) : [];
			    if (!s || n.length < 4) { return null; }
			    var r = s.getBoundingClientRect(), k = r.width / s.width.baseVal.value;
			    return { source: { x: r.left + n[0] * k, y: r.top + n[1] * k },
			      target: { x: r.left + n[n.length - 2] * k, y: r.top + n[n.length - 1] * k } };
			  }
			  function nearerEnd(g, e) {
			    var both = ends(g);
			    if (!both) { return 'target'; }
			    function far(p) { return Math.hypot(e.clientX - p.x, e.clientY - p.y); }
			    return far(both.source) < far(both.target) ? 'source' : 'target';
			  }
			  // While connecting, a dashed line from where the drag began to the pointer.
			  function rubber(d, e) {
			    var s = svg(); if (!s) { return; }
			    var r = s.getBoundingClientRect(), k = r.width / s.width.baseVal.value;
			    var band = document.getElementById('cp-rubber');
			    if (!band) {
			      band = document.createElementNS('http://www.w3.org/2000/svg', 'line'); band.id = 'cp-rubber';
			      band.setAttribute('stroke', '#1e88e5'); band.setAttribute('stroke-width', '2'); band.setAttribute('stroke-dasharray', '6 4');
			      band.style.pointerEvents = 'none'; s.appendChild(band);
			    }
			    band.setAttribute('x1', (d.x - r.left) / k); band.setAttribute('y1', (d.y - r.top) / k);
			    band.setAttribute('x2', (e.clientX - r.left) / k); band.setAttribute('y2', (e.clientY - r.top) / k);
			  }
			  function editable(g) { return g && g.hasAttribute('data-element'); }
			  window.addEventListener('wheel', function (e) {
			    e.preventDefault();
			    var factor = e.deltaY < 0 ? 1.1 : 1 / 1.1;
			    x = e.clientX - (e.clientX - x) * factor; y = e.clientY - (e.clientY - y) * factor; scale *= factor; apply();
			  }, { passive: false });
			  window.addEventListener('mousedown', function (e) {
			    if (e.button !== 0) { return; }
			    close();
			    var g = element(e.target), kind = g ? g.id.split('/')[0] : '';
			    var mode = 'pan';
			    if ((tool === 'referral' || tool === 'signpost') && kind === 'service') { mode = 'connect'; }
			    else if (tool === 'declined' && kind === 'connection') { mode = 'connect'; }
			    else if (tool === 'select' && (kind === 'service' || kind === 'step' || kind === 'dot')) { mode = 'move'; }
			    else if (tool === 'select' && kind === 'connection') { mode = 'reconnect'; }
			    drag = { x: e.clientX, y: e.clientY, px: x, py: y, g: g, mode: mode, moved: false,
			      end: mode === 'reconnect' ? nearerEnd(g, e) : null };
			    if (mode === 'connect') { g.classList.add('cp-source'); }
			  });
			  window.addEventListener('mousemove', function (e) {
			    if (!drag) { return; }
			    var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
			    if (Math.abs(dx) + Math.abs(dy) > 3) { drag.moved = true; }
			    if (drag.mode === 'pan') { x = drag.px + dx; y = drag.py + dy; apply(); }
			    else if ((drag.mode === 'connect' || drag.mode === 'reconnect') && drag.moved) { rubber(drag, e); }
			    else if (drag.mode === 'move' && drag.moved) {
			      drag.g.classList.add('cp-dragging');
			      drag.g.setAttribute('transform', drag.g.id.indexOf('dot/') === 0 ? 'translate(0,' + dy / scale + ')'
			        : 'translate(' + dx / scale + ',' + dy / scale + ')');
			    }
			  });
			  window.addEventListener('mouseup', function (e) {
			    if (!drag || e.button !== 0) { return; }
			    var d = drag; drag = null;
			    var band = document.getElementById('cp-rubber'); if (band) { band.remove(); }
			    if (d.g) { d.g.classList.remove('cp-source', 'cp-dragging'); d.g.removeAttribute('transform'); }
			    var under = element(e.target);
			    if (d.mode === 'connect' && d.moved) {
			      var to = element(e.target, ['service']);
			      if (!to) { say('Drop on a service.'); }
			      else if (tool === 'declined') { edit('declined', d.g.id, to.id, ''); }
			      else { edit('connect', d.g.id, to.id, tool); }
			      return;
			    }
			    if (d.mode === 'reconnect' && d.moved) {
			      var end = element(e.target, ['service']);
			      if (end) { edit('reconnect', d.g.id, end.id, d.end); } else { say('Drop the end of the line on a service.'); }
			      return;
			    }
			    if (d.mode === 'move' && d.moved) {
			      var kind = d.g.id.split('/')[0];
			      if (kind === 'service') {
			        var group = element(e.target, ['category']) || firstOf('ecosystem');
			        if (group) { edit('move', d.g.id, group.id, ''); }
			      } else if (kind === 'step') {
			        var place = element(e.target, ['step', 'stage']);
			        if (place && place !== d.g) { edit('move-step', d.g.id, place.id, ''); }
			      } else if (kind === 'dot') {
			        var score = (d.g.getAttribute('class').match(/score-(minus)?(\\d)/) || []);
			        var now = score.length ? (score[1] ? -score[2] : +score[2]) : 0;
			        var next = Math.max(-2, Math.min(2, now - Math.round((e.clientY - d.y) / scale / 20)));
			        if (next !== now) { edit('feel', d.g.id, '', next); }
			      }
			      return;
			    }
			    if (d.moved) { return; }
			    if (tool !== 'select') { add(e.target, e); return; }
			    if (under && editable(under)) { select(under.id); }
			    var target = e.target.closest ? e.target.closest('g[data-offset]') : null;
			    if (target && window.carepathSelect) {
			      carepathSelect(parseInt(target.getAttribute('data-offset')), parseInt(target.getAttribute('data-length')));
			    }
			  });
			  window.addEventListener('dblclick', function (e) {
			    var g = element(e.target);
			    if (editable(g)) { select(g.id); retitle(g); }
			  });
			  window.addEventListener('contextmenu', function (e) {
			    var g = element(e.target);
			    if (editable(g)) { e.preventDefault(); select(g.id); menu(g, e); }
			  });
			  window.addEventListener('keydown', function (e) {
			    var g = byId(selected);
			    if (e.key === 'Escape') { close(); use('select'); }
			    else if ((e.key === 'Delete' || e.key === 'Backspace') && editable(g)) { e.preventDefault(); remove(g); }
			    else if (e.key === 'F2' && editable(g)) { e.preventDefault(); if (e.shiftKey) { rename(g); } else { retitle(g); } }
			    else if (e.key === 'Tab') { e.preventDefault(); step(e.shiftKey ? -1 : 1); }
			    else if (e.ctrlKey || e.altKey || e.metaKey) { return; }
			    else if (e.key === 'n') { e.preventDefault(); addBy(g); }
			    else if ((e.key === 'r' || e.key === 's') && g && g.id.indexOf('service/') === 0) {
			      e.preventDefault(); connectBy(g, e.key === 'r' ? 'referral' : 'signpost');
			    } else if (e.key === 'c' && stepOf(g)) { e.preventDefault(); cardBy(stepOf(g)); }
			  });
			  // The keyboard's way to every gesture: Tab walks the drawn elements, letters add and connect.
			  function step(by) {
			    var all = Array.prototype.filter.call(stage.querySelectorAll('g[id][data-element]'), function (g) {
			      return g.id.indexOf('declined/') !== 0;
			    });
			    if (!all.length) { return; }
			    var at = all.findIndex(function (g) { return g.id === selected; });
			    var next = all[(at < 0 ? (by > 0 ? 0 : all.length - 1) : (at + by + all.length) % all.length)];
			    select(next.id);
			    if (window.carepathSelect && next.hasAttribute('data-offset')) {
			      carepathSelect(parseInt(next.getAttribute('data-offset')), parseInt(next.getAttribute('data-length')));
			    }
			  }
			  function addBy(g) {
			    var at = g ? place(g) : { x: 160, y: 60 };
			    if (view() === 'system') {
			      var group = g && g.id.indexOf('category/') === 0 ? g : firstOf('ecosystem');
			      if (group) { ask('Title of the new service', '', at, function (v) { edit('add-service', group.id, '', v); }); }
			    } else if (view() === 'journey') {
			      var s = stepOf(g) || (g && g.id.indexOf('stage/') === 0 ? g : null);
			      if (s) { ask('Title of the new step', '', at, function (v) { edit('add-step', s.id, 'after', v); }); }
			      else if (firstOf('journey')) { ask('Title of the new stage', '', at, function (v) { edit('add-stage', firstOf('journey').id, '', v); }); }
			    }
			  }
			  function connectBy(g, kind) {
			    var others = Array.prototype.filter.call(stage.querySelectorAll('g[id^="service/"]'), function (o) { return o !== g; })
			      .map(function (o) { return [o.id, title(o) || o.id.split('/').pop()]; });
			    ask((kind === 'referral' ? 'Referral' : 'Signpost') + ' from ' + (title(g) || g.id.split('/').pop()) + ' to', null, place(g),
			      function (v, to) { edit('connect', g.id, to, kind); }, [others]);
			  }
			  function cardBy(s) {
			    var kinds = PAINS.map(function (p) { return ['pain:' + p, 'Pain point: ' + p]; }).concat([['good', 'Good practice'], ['idea', 'Change idea']]);
			    ask('A card on this step: its kind and words', '', place(s), function (v, kind) { edit('add-card', s.id, kind, v); }, [kinds]);
			  }
			  return {
			    // Runs after the call returns, so the Java side is not held while the page parses the drawing.
			    update: function (markup, banner, version) {
			      setTimeout(function () {
			        if (markup !== null) {
			          if (!pending) { say(''); } // what a gesture was refused for is no news once the text changed
			          var before = view();
			          stage.innerHTML = markup;
			          if (view() !== before) { tool = 'select'; palette(); }
			          if (!fitted) { fit(); fitted = true; } else { apply(); }
			          if (caret >= 0) { carepath.highlight(caret); }
			          if (selected) { select(selected); }
			        }
			        var b = document.getElementById('banner'); b.textContent = banner; b.style.display = banner ? 'block' : 'none';
			        if (version >= 0 && window.carepathShown) { carepathShown(version); }
			      }, 0);
			    },
			    fit: fit,
			    refit: function () { fitted = false; },
			    zoom: function () { return scale; },
			    select: select,
			    // The view's answer to a gesture: why nothing changed ('' when it did), and what to select.
			    answer: function (message, id) { pending = Math.max(0, pending - 1); say(message); if (id) { select(id); } },
			    pending: function () { return pending; },
			    say: say,
			    edit: edit,
			    ends: function (id) { var g = byId(id); return g ? JSON.stringify(ends(g)) : ''; },
			    selected: function () { return selected; },
			    tool: function () { return tool; },
			    use: use,
			    highlight: function (offset) {
			      caret = offset;
			      var best = null, bestLength = Infinity;
			      stage.querySelectorAll('g[data-offset]').forEach(function (g) {
			        g.classList.remove('cp-highlight');
			        var start = parseInt(g.getAttribute('data-offset')), length = parseInt(g.getAttribute('data-length'));
			        if (offset >= start && offset <= start + length && length < bestLength) { best = g; bestLength = length; }
			      });
			      if (best) { best.classList.add('cp-highlight'); return best.id; }
			      return '';
			    }
			  };
			})();
			</script></body></html>
			""";
}

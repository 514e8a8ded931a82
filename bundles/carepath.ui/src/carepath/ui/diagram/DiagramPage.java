package carepath.ui.diagram;

import java.util.HashSet;
import java.util.Set;

import carepath.diagram.FontSubsets;

/**
 * The page the diagram view's browser shows: the drawing, a banner for why an older drawing is
 * shown, and a small script for zoom (wheel), pan (drag), fit, clicks (to the text) and
 * highlighting (from the caret). The view swaps drawings through {@code carepath.update}, so the
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
			#banner { display: none; position: absolute; top: 0; left: 0; right: 0; padding: 4px 10px; background: #fff3e0;
			  color: #8a4b00; border-bottom: 1px solid #e0b070; font-size: 12px; z-index: 2; }
			#stage { position: absolute; top: 0; left: 0; transform-origin: 0 0; }
			#empty { color: #78909c; padding: 20px; font-size: 13px; }
			.cp-highlight > rect, .cp-highlight > circle, .cp-highlight > path { stroke: #ff6f00 !important; stroke-width: 4px !important; }
			g[data-offset] { cursor: pointer; }
			</style></head>
			<body><div id="banner"></div><div id="stage"><div id="empty">Open a .journey file to see its diagram.</div></div>
			<script>
			var carepath = (function () {
			  var scale = 1, x = 10, y = 10, drag = null, fitted = false;
			  var stage = document.getElementById('stage');
			  function apply() { stage.style.transform = 'translate(' + x + 'px,' + y + 'px) scale(' + scale + ')'; }
			  function svg() { return stage.querySelector('svg'); }
			  function fit() {
			    var s = svg(); if (!s) { return; }
			    var w = s.width.baseVal.value, h = s.height.baseVal.value;
			    scale = Math.min(window.innerWidth / (w + 20), window.innerHeight / (h + 20), 2);
			    x = 10; y = 10; apply();
			  }
			  window.addEventListener('wheel', function (e) {
			    e.preventDefault();
			    var factor = e.deltaY < 0 ? 1.1 : 1 / 1.1;
			    x = e.clientX - (e.clientX - x) * factor; y = e.clientY - (e.clientY - y) * factor; scale *= factor; apply();
			  }, { passive: false });
			  window.addEventListener('mousedown', function (e) { drag = { x: e.clientX - x, y: e.clientY - y, moved: false }; });
			  window.addEventListener('mousemove', function (e) {
			    if (drag) { x = e.clientX - drag.x; y = e.clientY - drag.y; drag.moved = true; apply(); }
			  });
			  window.addEventListener('mouseup', function (e) {
			    var wasDrag = drag && drag.moved; drag = null;
			    if (wasDrag) { return; }
			    var target = e.target.closest ? e.target.closest('g[data-offset]') : null;
			    if (target && window.carepathSelect) {
			      carepathSelect(parseInt(target.getAttribute('data-offset')), parseInt(target.getAttribute('data-length')));
			    }
			  });
			  var caret = -1;
			  return {
			    // Runs after the call returns, so the Java side is not held while the page parses the drawing.
			    update: function (markup, banner, version) {
			      setTimeout(function () {
			        if (markup !== null) {
			          stage.innerHTML = markup;
			          if (!fitted) { fit(); fitted = true; } else { apply(); }
			          if (caret >= 0) { carepath.highlight(caret); }
			        }
			        var b = document.getElementById('banner'); b.textContent = banner; b.style.display = banner ? 'block' : 'none';
			        if (version >= 0 && window.carepathShown) { carepathShown(version); }
			      }, 0);
			    },
			    fit: fit,
			    refit: function () { fitted = false; },
			    zoom: function () { return scale; },
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

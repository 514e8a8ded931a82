package carepath.diagram.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.DocumentLimits;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;

import carepath.diagram.TextMeasurer;

/** Reads the SVG the renderer wrote back into a drawable document, with the diagrams' fonts available. */
final class SvgDocuments {
	private SvgDocuments() {
	}

	static SVGDocument load(String svg) {
		TextMeasurer.ensureLoaded();
		try (var in = new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))) {
			LoaderContext context = LoaderContext.builder().documentLimits(limitsFor(svg)).build();
			SVGDocument document = new SVGLoader().load(in, null, context);
			if (document == null) {
				throw new IllegalStateException("the SVG could not be read back");
			}
			return document;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * JSVG refuses documents that draw more than 2,000 shapes, a guard against SVG that multiplies
	 * itself through nested use elements. Ours are written by the renderer, which uses none, and a
	 * 500-step journey map draws about 12,000: the limit follows the document's own elements, each
	 * of which may add at most one arrow head.
	 */
	private static DocumentLimits limitsFor(String svg) {
		int elements = 0;
		for (int i = svg.indexOf('<'); i >= 0; i = svg.indexOf('<', i + 1)) {
			elements++;
		}
		return new DocumentLimits(DocumentLimits.DEFAULT_MAX_NESTING_DEPTH, DocumentLimits.DEFAULT_MAX_USE_NESTING_DEPTH,
				Math.max(DocumentLimits.DEFAULT_MAX_PATH_COUNT, 2 * elements));
	}
}

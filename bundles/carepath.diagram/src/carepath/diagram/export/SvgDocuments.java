package carepath.diagram.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.github.weisj.jsvg.SVGDocument;
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
			SVGDocument document = new SVGLoader().load(in, null, LoaderContext.createDefault());
			if (document == null) {
				throw new IllegalStateException("the SVG could not be read back");
			}
			return document;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

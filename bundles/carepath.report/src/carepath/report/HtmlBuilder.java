package carepath.report;

import carepath.diagram.svg.Markup;

/**
 * Writes HTML that is also well-formed XML (the PDF renderer parses it as XHTML). Every text and
 * attribute value goes through {@link Markup#escape}, so a name or quote from a model always shows
 * as text; only the pack's own markup and the diagrams' SVG are written raw.
 */
final class HtmlBuilder {
	private final StringBuilder out = new StringBuilder(64 * 1024);

	/** Opens {@code tag} with attributes given as name, value pairs; a null value leaves the attribute out. */
	HtmlBuilder open(String tag, String... attributes) {
		out.append('<').append(tag);
		attributes(attributes);
		out.append('>');
		return this;
	}

	HtmlBuilder close(String tag) {
		out.append("</").append(tag).append(">\n");
		return this;
	}

	/** An element holding only text. */
	HtmlBuilder element(String tag, String text, String... attributes) {
		open(tag, attributes);
		text(text);
		out.append("</").append(tag).append('>');
		return this;
	}

	/** An element with no content, such as `meta` or `br`. */
	HtmlBuilder empty(String tag, String... attributes) {
		out.append('<').append(tag);
		attributes(attributes);
		out.append("/>");
		return this;
	}

	HtmlBuilder text(String text) {
		out.append(Markup.escape(text == null ? "" : text));
		return this;
	}

	/** Markup this bundle made itself: a diagram's SVG, the style sheet. */
	HtmlBuilder trusted(String markup) {
		out.append(markup);
		return this;
	}

	private void attributes(String... attributes) {
		if (attributes.length % 2 != 0) {
			throw new IllegalArgumentException("attributes come in name, value pairs");
		}
		for (int index = 0; index < attributes.length; index += 2) {
			if (attributes[index + 1] != null) {
				out.append(' ').append(attributes[index]).append("=\"").append(Markup.escape(attributes[index + 1])).append('"');
			}
		}
	}

	@Override
	public String toString() {
		return out.toString();
	}
}

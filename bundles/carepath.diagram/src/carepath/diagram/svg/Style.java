package carepath.diagram.svg;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How each role looks, as SVG presentation attributes: written on the elements themselves rather
 * than in a style sheet, so that every SVG reader (browsers, the PNG and PDF exporters) draws the
 * same. A role of several words (`step declined`) takes each word's attributes in turn.
 */
final class Style {
	private static final Map<String, String> SHAPES = new LinkedHashMap<>();
	private static final Map<String, String> TEXTS = new LinkedHashMap<>();

	static {
		// journey map
		shape("header", "fill='none' stroke='none'");
		shape("persona", "fill='#f7f2e8' stroke='#b8a77f' rx='6'");
		shape("badge", "fill='#3b4a5a' stroke='none' rx='8'");
		text("badge", "fill='#ffffff'");
		shape("badge-good-practice", "fill='#2e7d32'");
		shape("badge-challenges", "fill='#b23b3b'");
		shape("badge-to-be", "fill='#1f6fb2'");
		shape("stage", "fill='#dce6f1' stroke='#9fb3c8' rx='4'");
		shape("lane-label", "fill='#f4f4f4' stroke='none'");
		shape("step", "fill='#ffffff' stroke='#4a4a4a' stroke-width='1.2' rx='5'");
		shape("backstage", "fill='#f0f0f0' stroke-dasharray='4 3'");
		shape("decision", "stroke='#6a3fb2' stroke-width='2'");
		shape("declined", "stroke='#c62828' stroke-width='2.4'");
		shape("support", "fill='#e8f1fb' stroke='#b6cde6' rx='3'");
		shape("information", "fill='#eef0fa' stroke='#b9bee6' rx='3'");
		shape("no-system", "stroke='#e08a00' stroke-dasharray='3 2'");
		shape("quote", "fill='none' stroke='none'");
		text("quote", "font-style='italic' fill='#333333'");
		shape("pain", "fill='#fde3e3' stroke='#e59a9a' rx='3'");
		shape("pain-gap", "fill='#fbd0d0'");
		shape("pain-repetition", "fill='#fde7c8' stroke='#e0a65a'");
		shape("pain-waiting", "fill='#fff0c2' stroke='#d8b64c'");
		shape("pain-communication", "fill='#e9dcf7' stroke='#a98bd1'");
		shape("pain-access", "fill='#f9d6e8' stroke='#d58ab0'");
		shape("pain-coordination", "fill='#dcecf7' stroke='#8fb4d1'");
		shape("good", "fill='#dff3e0' stroke='#8cc590' rx='3'");
		shape("idea", "fill='#fff6b0' stroke='#d9c84c' rx='2'");
		shape("wait", "fill='#7a7a7a' stroke='none'");
		shape("dot", "stroke='#ffffff' stroke-width='1.5'");
		shape("dot-person", "fill='#1f6fb2'");
		shape("dot-professional", "fill='#b2591f'");
		shape("scale", "fill='none' stroke='none'");
		text("scale", "fill='#777777'");
		shape("finding", "stroke='#ffffff' stroke-width='1'");
		shape("finding-error", "fill='#c62828'");
		shape("finding-warning", "fill='#e08a00'");
		shape("finding-info", "fill='#1f6fb2'");
		text("finding", "fill='#ffffff'");
		shape("empty-note", "fill='#fafafa' stroke='#cccccc' stroke-dasharray='4 3'");
		// system map
		shape("ecosystem", "fill='none' stroke='none'");
		shape("category", "fill='#f3f5f7' stroke='#b7c2cc' rx='8'");
		text("category", "fill='#44515c'");
		shape("service", "fill='#ffffff' stroke='#4a5a6a' stroke-width='1.2' rx='6'");
		shape("on-route", "stroke='#e06c00' stroke-width='3'");
		shape("hop", "fill='#e06c00' stroke='#ffffff'");
		text("hop", "fill='#ffffff'");
		shape("legend", "fill='#ffffff' stroke='#cccccc' rx='4'");
		shape("key-entry", "fill='none' stroke='none'");
		// needs matrix and comparison
		shape("cell", "fill='#ffffff' stroke='#dddddd'");
		shape("meets", "fill='#2e7d32' stroke='none' rx='6'");
		shape("persona-need", "fill='#fff3c4'");
		shape("unmet", "fill='#fbd0d0'");
		shape("added", "fill='#dff3e0' stroke='#2e7d32'");
		shape("removed", "fill='#fde3e3' stroke='#c62828' stroke-dasharray='4 3'");
		shape("changed", "fill='#fff6b0' stroke='#b59a00'");
		shape("kept", "fill='#ffffff' stroke='#999999'");
		shape("figure", "fill='none' stroke='none'");
		shape("column-head", "fill='#f4f4f4' stroke='#dddddd'");
		shape("row-group", "fill='#e4eaf0' stroke='none'");
		text("row-group", "fill='#44515c'");
	}

	private static final Map<String, String> LINES = new LinkedHashMap<>();

	static {
		line("lane-line", "stroke='#d0d0d0' stroke-width='1'");
		line("visibility", "stroke='#777777' stroke-width='1.2' stroke-dasharray='8 4'");
		line("axis", "stroke='#bbbbbb' stroke-width='1' stroke-dasharray='3 3'");
		line("curve", "stroke-width='2.2' fill='none'");
		line("curve-person", "stroke='#1f6fb2'");
		line("curve-professional", "stroke='#b2591f'");
		line("referral", "stroke='#37474f' stroke-width='1.6' marker-end='url(#arrow)'");
		line("signpost", "stroke='#37474f' stroke-width='1.4' stroke-dasharray='6 4' marker-end='url(#arrow)'");
		line("supported", "stroke='#2e7d32' stroke-width='2.2'");
		line("joint", "stroke-width='3'");
		line("declined-pathway", "stroke='#c62828' stroke-width='1.6' stroke-dasharray='2 3' marker-end='url(#arrow-red)'");
		line("hop", "stroke='#e06c00' stroke-width='3.5' stroke-opacity='0.85' marker-end='url(#arrow-orange)'");
		line("hop-declined", "stroke='#c62828'");
		line("hop-unmapped", "stroke-dasharray='7 4'");
	}

	private Style() {
	}

	private static void shape(String role, String attributes) {
		SHAPES.put(role, attributes);
	}

	private static void text(String role, String attributes) {
		TEXTS.put(role, attributes);
	}

	private static void line(String role, String attributes) {
		LINES.put(role, attributes);
	}

	static String shape(String role) {
		return merge(SHAPES, role, "fill='#ffffff' stroke='#999999'");
	}

	static String text(String role) {
		return merge(TEXTS, role, "fill='#1d1d1d'");
	}

	static String line(String role) {
		return merge(LINES, role, "stroke='#555555' stroke-width='1' fill='none'");
	}

	/** The attributes of each word of the role in turn, later ones replacing earlier ones. */
	private static String merge(Map<String, String> table, String role, String defaults) {
		Map<String, String> attributes = new LinkedHashMap<>();
		put(attributes, defaults);
		for (String word : role.split(" ")) {
			String own = table.get(word);
			if (own != null) {
				put(attributes, own);
			}
		}
		StringBuilder text = new StringBuilder();
		attributes.forEach((name, value) -> text.append(' ').append(name).append("=\"").append(value).append('"'));
		return text.toString();
	}

	private static void put(Map<String, String> attributes, String list) {
		for (String pair : list.split("' ")) {
			int equals = pair.indexOf('=');
			attributes.put(pair.substring(0, equals).trim(), pair.substring(equals + 2).replace("'", ""));
		}
	}
}

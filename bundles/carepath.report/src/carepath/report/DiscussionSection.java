package carepath.report;

import java.util.List;

/** The prompts for the workshop, each with ruled room for notes when printed. */
final class DiscussionSection {
	private static final int NOTE_LINES = 4;

	private DiscussionSection() {
	}

	static void write(HtmlBuilder html, DiscussionPrompts prompts) {
		html.open("section", "id", "discussion", "class", "discussion");
		html.element("h2", "Discussion");
		part(html, "Reflecting on what happened", prompts.reflecting());
		part(html, "Improving practice", prompts.improving());
		html.close("section");
	}

	private static void part(HtmlBuilder html, String heading, List<String> prompts) {
		html.element("h3", heading);
		html.open("ol", "class", "prompts");
		for (String prompt : prompts) {
			html.open("li").element("p", prompt).open("div", "class", "notes", "aria-hidden", "true");
			for (int line = 0; line < NOTE_LINES; line++) {
				html.open("div", "class", "note-line").close("div");
			}
			html.close("div").close("li");
		}
		html.close("ol");
	}
}

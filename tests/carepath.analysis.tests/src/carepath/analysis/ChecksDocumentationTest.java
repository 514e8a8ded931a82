package carepath.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** docs/checks.md lists every check with its default severity and question, and every threshold. */
class ChecksDocumentationTest {
	private static final Pattern CHECK_ROW = Pattern.compile("^\\| `([a-z-]+)` \\| (\\w+) \\| ([a-z-]+) \\|", Pattern.MULTILINE);

	private static String docs() throws Exception {
		Path docs = Path.of("../../docs/checks.md").toAbsolutePath().normalize();
		assertTrue(Files.isRegularFile(docs), docs.toString());
		return Files.readString(docs);
	}

	@Test
	void everyCheckIsDocumentedAsItIs() throws Exception {
		Matcher rows = CHECK_ROW.matcher(docs());
		List<String> documented = new java.util.ArrayList<>();
		while (rows.find()) {
			WorkshopRule rule = WorkshopChecks.rule(rows.group(1));
			if (rule == null) {
				continue; // a threshold's row
			}
			documented.add(rule.code());
			assertEquals(rule.defaultSeverity().label(), rows.group(2), rule.code());
			assertEquals(rule.question().id(), rows.group(3), rule.code());
		}
		assertEquals(WorkshopChecks.rules().stream().map(WorkshopRule::code).sorted().toList(),
				documented.stream().sorted().toList());
	}

	@Test
	void everyQuestionAndThresholdIsDocumented() throws Exception {
		String docs = docs();
		for (WorkshopQuestion question : WorkshopQuestion.values()) {
			assertTrue(docs.contains("| `" + question.id() + "` | " + question.text() + " |"), question.id());
		}
		for (Threshold threshold : Threshold.values()) {
			assertTrue(docs.contains("| `" + threshold.key() + "` | " + threshold.format(threshold.defaultValue()) + " |"),
					threshold.key());
		}
	}
}

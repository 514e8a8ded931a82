package carepath.dsl.ide.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.eclipse.emf.common.util.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import carepath.model.NamedElement;

/** Changing a title (direct editing of a label): only the quoted text changes; comments and layout stay. */
class SetTitleTest {
	private static final String MAP = """
			ecosystem riverside "Riverside" { // the map
			  service gp "GP practice" { // first
			    setting community /* and phone */
			  }
			  service cmht // no title yet
			}
			""";

	@Test
	void aTitleIsReplaced() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(MAP), SetTitle.of(Projects.of(MAP), "gp", "Huisarts \"de Linde\""));
		assertEquals(MAP.replace("\"GP practice\"", "\"Huisarts \\\"de Linde\\\"\""), after.text(Projects.file(1)));
	}

	@Test
	void aTitleIsAdded() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(MAP), SetTitle.of(Projects.of(MAP), "cmht", "Community Mental Health Team"));
		assertEquals(MAP.replace("service cmht //", "service cmht \"Community Mental Health Team\" //"), after.text(Projects.file(1)));
	}

	@Test
	void anEmptyTitleTakesItAway() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(MAP), SetTitle.of(Projects.of(MAP), "gp", " "));
		assertEquals(MAP.replace("service gp \"GP practice\" {", "service gp {"), after.text(Projects.file(1)));
	}

	/** Over the examples, one element of each kind: the title changes and changes back to the original bytes, or the kind has none. */
	@ParameterizedTest(name = "{0}: {1} {2}")
	@MethodSource("carepath.dsl.ide.edit.RenameTest#oneElementOfEachKind")
	void everyKindOfElementInTheExamples(String folder, String kind, String fullName) throws Exception {
		ProjectTexts project = Projects.example(folder);
		NamedElement element = Rename.find(project.parse(), fullName);
		String title = element.getTitle();
		List<TextEdit> edits;
		try {
			edits = SetTitle.of(project, fullName, "A title from the diagram");
		} catch (EditRefused refused) {
			assertEquals("a " + kind.toLowerCase() + " has no title in the language; name it instead", refused.getMessage());
			assertNull(title);
			return;
		}
		ProjectTexts changed = Projects.applied(project, edits);
		assertEquals("A title from the diagram", Rename.find(changed.parse(), fullName).getTitle());
		ProjectTexts back = Projects.applied(changed, SetTitle.of(changed, fullName, title == null ? "" : title));
		for (URI file : project.texts().keySet()) {
			assertEquals(project.text(file), back.text(file), file.lastSegment());
		}
	}
}

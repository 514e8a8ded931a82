package carepath.dsl.ide.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import carepath.dsl.load.JourneyLanguage;
import carepath.model.NamedElement;

/**
 * Rename: the name and every reference in every file change, nothing else does (golden texts with
 * comments before, inside and after the element and at the end of the file); renaming back gives
 * the original bytes; a rename that would break the project is refused and changes nothing.
 */
class RenameTest {
	private static final String MAP = """
			// The system map, as drawn in the workshop.
			ecosystem riverside "Riverside" {
			  // The practice everyone starts at.
			  service gp "GP practice" { // registered patients
			    setting community /* and phone */
			  }
			  service cmht "Community Mental Health Team"
			  referral gp -> cmht { criteria "Moderate to severe" if declined -> gp } // the usual route
			}
			// end of the map""";

	@Test
	void theNameAndItsReferencesChangeAndNothingElse() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(MAP), Rename.of(Projects.of(MAP), "gp", "practice"));
		assertEquals("""
				// The system map, as drawn in the workshop.
				ecosystem riverside "Riverside" {
				  // The practice everyone starts at.
				  service practice "GP practice" { // registered patients
				    setting community /* and phone */
				  }
				  service cmht "Community Mental Health Team"
				  referral practice -> cmht { criteria "Moderate to severe" if declined -> practice } // the usual route
				}
				// end of the map""", after.text(Projects.file(1)));
	}

	@Test
	void referencesInOtherFilesChangeToo() throws Exception {
		String journey = """
				persona sam "Sam"
				journey day "A day" { // Sam's day
				  persona sam
				  ecosystem riverside
				  stage s { step a { at riverside.gp } /* seen */ step b { at cmht } }
				}
				""";
		ProjectTexts project = Projects.of(MAP, journey);
		ProjectTexts after = Projects.applied(project, Rename.of(project, "riverside.gp", "practice"));
		assertEquals(journey.replace("at riverside.gp", "at riverside.practice"), after.text(Projects.file(2)));
		assertEquals(MAP.replace(" gp ", " practice ").replace("declined -> gp", "declined -> practice"), after.text(Projects.file(1)));
	}

	@Test
	void aNameUsedInFourFiles() throws Exception {
		String need = "need housing \"A home\" // the need\n";
		String persona = "persona sam { needs housing } // needs\n";
		String map = "ecosystem e {\n  service council { meets housing }\n}\n";
		String other = "persona ann { needs housing }\n/* housing */\n";
		ProjectTexts project = Projects.of(need, persona, map, other);
		List<TextEdit> edits = Rename.of(project, "housing", "home");
		assertEquals(4, edits.stream().map(TextEdit::file).distinct().count(), edits.toString());
		ProjectTexts after = Projects.applied(project, edits);
		assertEquals("need home \"A home\" // the need\n", after.text(Projects.file(1)));
		assertEquals("persona sam { needs home } // needs\n", after.text(Projects.file(2)));
		assertEquals("ecosystem e {\n  service council { meets home }\n}\n", after.text(Projects.file(3)));
		assertEquals("persona ann { needs home }\n/* housing */\n", after.text(Projects.file(4)));
	}

	@Test
	void renamingBackGivesTheOriginalBytes() throws Exception {
		ProjectTexts project = Projects.of(MAP);
		ProjectTexts renamed = Projects.applied(project, Rename.of(project, "cmht", "mentalHealthTeam"));
		assertEquals(project.texts(), Projects.applied(renamed, Rename.of(renamed, "mentalHealthTeam", "cmht")).texts());
	}

	@Test
	void lettersOfAnyScriptMakeAName() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(MAP), Rename.of(Projects.of(MAP), "gp", "huisartsenpraktijkÖ"));
		assertTrue(after.text(Projects.file(1)).contains("referral huisartsenpraktijkÖ -> cmht"));
	}

	@Test
	void aTakenNameIsRefused() {
		EditRefused refused = assertThrows(EditRefused.class, () -> Rename.of(Projects.of(MAP), "gp", "cmht"));
		assertTrue(refused.getMessage().startsWith("renaming gp to cmht would give an error: "), refused.getMessage());
	}

	@Test
	void whatIsNoNameIsRefused() {
		for (String bad : List.of("two words", "1st", "a.b", "", "a\"b", "a{")) {
			EditRefused refused = assertThrows(EditRefused.class, () -> Rename.of(Projects.of(MAP), "gp", bad), bad);
			assertTrue(refused.getMessage().startsWith("'" + bad + "' is not a name"), refused.getMessage());
		}
	}

	@Test
	void anUnknownOrAmbiguousNameIsRefused() {
		assertEquals("nothing is named 'gpx' in these files",
				assertThrows(EditRefused.class, () -> Rename.of(Projects.of(MAP), "gpx", "y")).getMessage());
		ProjectTexts two = Projects.of(MAP, "ecosystem other {\n  service gp\n}\n");
		assertEquals("'gp' names 2 elements (riverside.gp, other.gp); give the full name of the one to rename",
				assertThrows(EditRefused.class, () -> Rename.of(two, "gp", "y")).getMessage());
	}

	@Test
	void aFileWithASyntaxErrorIsNotEdited() {
		String broken = MAP.replace("service cmht", "service cmht {");
		EditRefused refused = assertThrows(EditRefused.class, () -> Rename.of(Projects.of(broken), "gp", "practice"));
		assertTrue(refused.getMessage().startsWith("f1.journey has a syntax error at line "), refused.getMessage());
	}

	static Stream<Arguments> oneElementOfEachKind() {
		List<Arguments> cases = new ArrayList<>();
		IQualifiedNameProvider names = JourneyLanguage.injector().getInstance(IQualifiedNameProvider.class);
		for (String folder : Projects.folders()) {
			ProjectTexts project = Projects.example(folder);
			List<String> kinds = new ArrayList<>();
			for (Resource resource : project.parse().resourceSet().getResources()) {
				for (var contents = resource.getAllContents(); contents.hasNext();) {
					EObject next = contents.next();
					if (next instanceof NamedElement element && !kinds.contains(element.eClass().getName())) {
						kinds.add(element.eClass().getName());
						cases.add(Arguments.of(folder, element.eClass().getName(), names.getFullyQualifiedName(element).toString()));
					}
				}
			}
		}
		return cases.stream();
	}

	/** Over the examples: the project checks as before (Rename refuses otherwise), every comment stays, renaming back restores every byte. */
	@ParameterizedTest(name = "{0}: {1} {2}")
	@MethodSource("oneElementOfEachKind")
	void everyKindOfElementInTheExamples(String folder, String kind, String fullName) throws Exception {
		ProjectTexts project = Projects.example(folder);
		String newName = fullName.substring(fullName.lastIndexOf('.') + 1) + "Renamed";
		ProjectTexts renamed = Projects.applied(project, Rename.of(project, fullName, newName));
		for (URI file : project.texts().keySet()) {
			assertEquals(comments(project.text(file)), comments(renamed.text(file)), file.lastSegment());
		}
		String renamedFullName = fullName.contains(".") ? fullName.substring(0, fullName.lastIndexOf('.') + 1) + newName : newName;
		ProjectTexts back = Projects.applied(renamed, Rename.of(renamed, renamedFullName, newName.replace("Renamed", "")));
		for (URI file : project.texts().keySet()) {
			assertEquals(project.text(file), back.text(file), file.lastSegment());
		}
	}

	private static List<String> comments(String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = Pattern.compile("//[^\\n\\r]*|/\\*(?s:.*?)\\*/").matcher(text.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\""));
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}
}

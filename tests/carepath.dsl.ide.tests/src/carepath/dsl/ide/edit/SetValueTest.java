package carepath.dsl.ide.edit;

import static carepath.dsl.ide.edit.Projects.replaced;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import carepath.dsl.load.ModelSet;
import carepath.model.ConnectionKind;
import carepath.model.NamedElement;

/** A properties panel's single values: changed in place, added as a block line, taken away when emptied; flags come and go. */
class SetValueTest {
	private static final String MAP = """
			ecosystem riverside {
			  service gp "GP" {
			    sector statutory // public
			  }
			  service cafe
			  referral gp -> cafe { criteria "Any" }
			}
			""";

	@Test
	void anEnumerationChangesInPlace() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(MAP), SetValue.ofElement(Projects.of(MAP), "gp", "sector", "third-sector"));
		assertEquals(replaced(MAP, "sector statutory // public", "sector third-sector // public"), after.text(Projects.file(1)));
	}

	@Test
	void aMissingLineIsAddedAndAnEmptyValueTakesItAway() throws Exception {
		ProjectTexts after = Projects.applied(Projects.of(MAP), SetValue.ofElement(Projects.of(MAP), "cafe", "sector", "community"));
		assertEquals(replaced(MAP, "  service cafe\n", "  service cafe { sector community }\n"), after.text(Projects.file(1)));
		ProjectTexts gone = Projects.applied(Projects.of(MAP), SetValue.ofElement(Projects.of(MAP), "gp", "sector", ""));
		assertEquals(replaced(MAP, "    sector statutory // public\n", ""), gone.text(Projects.file(1)).replace("    // public\n", ""));
	}

	@Test
	void aConnectionsTextAndFlag() throws Exception {
		ConnectionRef referral = new ConnectionRef("riverside", ConnectionKind.REFERRAL, "gp", "cafe", 1);
		ProjectTexts decided = Projects.applied(Projects.of(MAP), SetValue.ofConnection(Projects.of(MAP), referral, "decidedBy", "Duty worker"));
		assertEquals(replaced(MAP, "{ criteria \"Any\" }", "{ criteria \"Any\" decided by \"Duty worker\" }"), decided.text(Projects.file(1)));
		ProjectTexts joint = Projects.applied(Projects.of(MAP), SetValue.ofConnection(Projects.of(MAP), referral, "joint", "yes"));
		assertEquals(replaced(MAP, "{ criteria \"Any\" }", "{ criteria \"Any\" joint }"), joint.text(Projects.file(1)));
	}

	@Test
	void aWrongChoiceOrAListIsRefused() {
		assertEquals("'public' is not one of statutory, third-sector, private, community",
				assertThrows(EditRefused.class, () -> SetValue.ofElement(Projects.of(MAP), "gp", "sector", "public")).getMessage());
		assertEquals("the provides of gp is changed in the diagram or the text",
				assertThrows(EditRefused.class, () -> SetValue.ofElement(Projects.of(MAP), "gp", "provides", "x")).getMessage(),
				"a list goes to SetList");
	}

	@Test
	void aWaitIsItsWordsAndAMarkComesBeforeTheStep() throws Exception {
		String journey = """
				journey sam {
				  stage crisis {
				    step call {
				      waits 3 weeks // too long
				    }
				    backstage step letter
				  }
				}
				""";
		ProjectTexts project = Projects.of(journey);
		ProjectTexts shorter = Projects.applied(project, SetValue.ofElement(project, "call", "wait", "2 weeks"));
		assertEquals(replaced(journey, "waits 3 weeks // too long", "waits 2 weeks // too long"), shorter.text(Projects.file(1)));
		ProjectTexts waiting = Projects.applied(project, SetValue.ofElement(project, "letter", "wait", "1 month"));
		assertEquals(replaced(journey, "backstage step letter\n", "backstage step letter { waits 1 month }\n"), waiting.text(Projects.file(1)));
		ProjectTexts decided = Projects.applied(project, SetValue.ofElement(project, "letter", "decision", "yes"));
		assertEquals(replaced(journey, "backstage step letter", "decision backstage step letter"), decided.text(Projects.file(1)));
		ProjectTexts front = Projects.applied(project, SetValue.ofElement(project, "letter", "backstage", "no"));
		assertEquals(replaced(journey, "backstage step letter", "step letter"), front.text(Projects.file(1)));
		assertTrue(assertThrows(EditRefused.class, () -> SetValue.ofElement(project, "call", "wait", "soon")).getMessage()
				.startsWith("setting the wait of call would give an error: "), "words that do not parse are refused");
	}

	@Test
	void theFirstLinesFieldsGoToTheirOwnEdits() throws Exception {
		ProjectTexts titled = Projects.applied(Projects.of(MAP), SetValue.ofElement(Projects.of(MAP), "cafe", "title", "Recovery café"));
		assertEquals(replaced(MAP, "  service cafe\n", "  service cafe \"Recovery café\"\n"), titled.text(Projects.file(1)));
		ProjectTexts renamed = Projects.applied(Projects.of(MAP), SetValue.ofElement(Projects.of(MAP), "cafe", "name", "hub"));
		assertEquals(MAP.replace("cafe", "hub"), renamed.text(Projects.file(1)));
	}

	/**
	 * Over every element of the examples, every choice field of its block: set to another choice,
	 * the field reads it and the project checks as before (SetValue refuses otherwise); set back,
	 * every byte is the original's.
	 */
	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("carepath.dsl.ide.edit.RenameTest#oneElementOfEachKind")
	void everyChoiceOfTheExamplesChangesAndChangesBack(String folder, String kind, String fullName) throws Exception {
		ProjectTexts project = Projects.example(folder);
		for (ElementFields.Field field : ElementFields.ofElement(project, fullName)) {
			if (field.kind() != ElementFields.Kind.CHOICE || field.feature().equals("category")) {
				continue;
			}
			String other = field.choices().stream().filter(choice -> !choice.isEmpty() && !choice.equals(field.value())).findFirst()
					.orElse(null);
			if (other == null) {
				continue; // one choice only: nothing to change to
			}
			List<TextEdit> edits;
			try {
				edits = SetValue.ofElement(project, fullName, field.feature(), other);
			} catch (EditRefused refused) {
				assertTrue(refused.getMessage().contains("would give an error"), refused.getMessage()); // a reference the language scopes
				continue;
			}
			assertFalse(edits.isEmpty(), fullName + " " + field + " to " + other);
			ProjectTexts changed = Projects.applied(project, edits);
			String now = ElementFields.ofElement(changed, fullName).stream().filter(f -> f.feature().equals(field.feature())).findFirst()
					.orElseThrow().value();
			assertEquals(other, now, field.feature());
			Projects.assertModelChanged(project, changed, set -> {
				EObject element = assertDoesNotThrow(() -> Rename.find(set, fullName));
				EStructuralFeature feature = element.eClass().getEStructuralFeature(field.feature());
				element.eSet(feature, feature.getEType() instanceof EEnum type ? type.getEEnumLiteralByLiteral(other).getInstance()
						: "yes".equals(other) ? Boolean.TRUE : named(set, other));
			});
			ProjectTexts back = Projects.applied(changed, SetValue.ofElement(changed, fullName, field.feature(), field.value()));
			for (URI file : project.texts().keySet()) {
				assertEquals(project.text(file), back.text(file), fullName + " " + field.feature() + " in " + file.lastSegment());
			}
		}
	}

	private static NamedElement named(ModelSet set, String name) {
		List<NamedElement> found = new ArrayList<>();
		set.resourceSet().getAllContents().forEachRemaining(next -> {
			if (next instanceof NamedElement element && name.equals(element.getName())) {
				found.add(element);
			}
		});
		return found.get(0);
	}
}

package carepath.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import carepath.ui.Workbenches;

/**
 * Delete on the selected element: a connection goes with its block; a service that other lines
 * refer to asks first, naming them, and takes those references with it only when told to.
 */
class DeleteGestureTest {
	private IProject project;
	private Gestures gestures;

	@BeforeEach
	void open() throws Exception {
		project = Workbenches.exampleProject("mental-health", "delete-gesture");
		gestures = Gestures.open(project, "system-map.journey", DiagramKind.SYSTEM);
	}

	@AfterEach
	void close() throws Exception {
		gestures.close();
		project.delete(true, null);
	}

	@Test
	void aConnectionGoes() throws Exception {
		String before = gestures.text();
		String line = "  signpost adp -> mutualAid\n";
		assertTrue(before.contains(line));
		gestures.click("connection/riverside/signpost/adp/mutualAid");
		gestures.key("Delete", false);
		gestures.waitForEdit(before);
		assertEquals(before.replace(line, ""), gestures.text());
		assertFalse(gestures.has("connection/riverside/signpost/adp/mutualAid"));
		gestures.undo();
		assertEquals(before, gestures.text());
	}

	@Test
	void aServiceReferredToAsksAndStaysWhenTheAnswerIsNo() throws Exception {
		String before = gestures.text();
		gestures.answer = false;
		gestures.click("service/riverside/mutualAid");
		gestures.key("Delete", false);
		gestures.settle();
		assertEquals(1, gestures.questions.size());
		String question = gestures.questions.get(0);
		assertTrue(question.contains("system-map.journey, line 167: signpost adp -> mutualAid"), question);
		assertTrue(question.endsWith("Delete those references too?"), question);
		assertEquals(before, gestures.text(), "nothing changed");
	}

	@Test
	void aServiceReferredToGoesWithItsReferencesWhenTheAnswerIsYes() throws Exception {
		String before = gestures.text();
		gestures.click("service/riverside/mutualAid");
		gestures.key("Delete", false);
		gestures.waitForEdit(before);
		assertFalse(gestures.text().contains("mutualAid"), gestures.text());
		assertFalse(gestures.has("service/riverside/mutualAid"));
		gestures.undo();
		assertEquals(before, gestures.text(), "one undo brings the service and its connections back");
	}
}

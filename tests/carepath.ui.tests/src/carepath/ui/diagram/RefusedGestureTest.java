package carepath.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourceAttributes;
import org.eclipse.jface.text.IDocument;
import org.junit.jupiter.api.Test;

import carepath.ui.Workbenches;

/**
 * Gestures that cannot be made change nothing and say why: on a text with a syntax error, on a
 * drawing older than the text whose element has since gone, and on a read-only file.
 */
class RefusedGestureTest extends OnAMap.OnTheSystemMap {
	@Test
	void aSyntaxErrorIsNamedAndNothingChanges() throws Exception {
		IDocument document = gestures.editor.getDocument();
		document.replace(document.getLength(), 0, "\nservice {\n");
		String broken = document.get();
		gestures.doubleClick("service/riverside/gp");
		gestures.answer("Family doctor", null);
		assertTrue(gestures.notice().startsWith("Nothing changed: system-map.journey has a syntax error at line "), gestures.notice());
		assertEquals(broken, gestures.text());
	}

	@Test
	void aDrawingOlderThanTheTextFindsTheElementGone() throws Exception {
		IDocument document = gestures.editor.getDocument();
		String text = document.get();
		int at = text.indexOf("service mutualAid");
		assertTrue(at > 0);
		document.replace(at + "service ".length(), "mutualAid".length(), "peerGroups"); // typed; the drawing still shows mutualAid
		String typed = document.get();
		// What the page sends for a title typed on the old drawing's box, before the redraw can take the box away.
		gestures.page("carepath.edit('title', 'service/riverside/mutualAid', '', 'Groups'); return true;");
		assertTrue(gestures.notice().startsWith("Nothing changed: nothing is named 'riverside.mutualAid'"), gestures.notice());
		assertEquals(typed, gestures.text(), "no edit at the old places");
	}

	@Test
	void aReadOnlyFileIsNotChanged() throws Exception {
		gestures.close();
		IProject project = Workbenches.exampleProject("mental-health", "read-only-gesture");
		IFile file = project.getFile("system-map.journey");
		ResourceAttributes attributes = file.getResourceAttributes();
		attributes.setReadOnly(true);
		file.setResourceAttributes(attributes);
		try {
			assertTrue(file.isReadOnly(), "the file is read-only");
			gestures = Gestures.open(project, "system-map.journey", DiagramKind.SYSTEM);
			String before = gestures.text();
			gestures.doubleClick("service/riverside/gp");
			gestures.answer("Family doctor", null);
			assertEquals("Nothing changed: system-map.journey is read-only.", gestures.notice());
			assertEquals(before, gestures.text());
		} finally {
			gestures.close();
			attributes.setReadOnly(false);
			file.setResourceAttributes(attributes);
			project.delete(true, null);
		}
	}
}

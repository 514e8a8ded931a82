package carepath.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;

import carepath.ui.Workbenches;

/**
 * The Properties view of a service selected on the drawing: its fields as the language writes
 * them, a choice changed there becoming one undoable edit of the text, the values following.
 */
class PropertiesGestureTest extends OnAMap.OnTheSystemMap {
	@Test
	void aChoiceInThePropertiesViewChangesTheText() throws Exception {
		String before = gestures.text();
		gestures.click("service/riverside/gp");
		IPropertySource properties = properties();
		List<String> shown = Arrays.stream(properties.getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName).toList();
		assertEquals(List.of("name", "title", "category", "sector", "settings", "provides", "access criteria", "meets", "records"), shown);
		assertEquals("GP practice", properties.getPropertyValue("title"));
		ComboBoxPropertyDescriptor sector = (ComboBoxPropertyDescriptor) Arrays.stream(properties.getPropertyDescriptors())
				.filter(d -> d.getId().equals("sector")).findFirst().orElseThrow();
		assertNotNull(sector);
		Workbenches.page().showView("org.eclipse.ui.views.PropertySheet");
		Workbenches.page().activate(gestures.view);
		Workbenches.idle(java.time.Duration.ofMillis(300));
		Workbenches.screenshot("studio-properties");

		properties.setPropertyValue("sector", Integer.valueOf(List.of("", "statutory", "third-sector", "private", "community").indexOf("community")));
		assertTrue(gestures.text().contains("service gp \"GP practice\" in clinical {\n    sector community\n"), gestures.text());
		gestures.waitForDrawing();
		Workbenches.waitUntil("the Properties view's source follows the text", Gestures.WAIT,
				() -> Integer.valueOf(4).equals(properties().getPropertyValue("sector")));
		gestures.undo();
		assertEquals(before, gestures.text(), "one undo");
	}

	@Test
	void aTitleTypedInThePropertiesView() throws Exception {
		gestures.click("service/riverside/cmht");
		properties().setPropertyValue("title", "Mental health team");
		assertTrue(gestures.text().contains("service cmht \"Mental health team\" in clinical {"), gestures.text());
	}

	@Test
	void aListChangedOnePerLine() throws Exception {
		String before = gestures.text();
		gestures.click("service/riverside/gp");
		IPropertySource properties = properties();
		assertEquals("Assessment and prescribing\nOnward referral to specialist services", properties.getPropertyValue("provides"));
		properties.setPropertyValue("provides", "Assessment and prescribing\nOnward referral to specialist services\nSocial prescribing");
		assertEquals(before.replace("    provides \"Onward referral to specialist services\"\n",
				"    provides \"Onward referral to specialist services\"\n    provides \"Social prescribing\"\n"), gestures.text());
		gestures.undo();
		assertEquals(before, gestures.text());
	}

	private IPropertySource properties() {
		IStructuredSelection selection = (IStructuredSelection) gestures.view.selection();
		assertTrue(selection.getFirstElement() instanceof DrawnElement, "the view selects the drawn element");
		return ((DrawnElement) selection.getFirstElement()).getAdapter(IPropertySource.class);
	}
}

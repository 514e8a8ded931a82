package carepath.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import carepath.analysis.CheckSettings;
import carepath.analysis.Severity;
import carepath.analysis.SettingsFile;
import carepath.analysis.Threshold;
import carepath.analysis.WaitTime;
import carepath.analysis.WorkshopChecks;
import carepath.ui.Workbenches;

/** Project > Properties > Carepath checks: edits carepath.properties, keeping what the user wrote. */
class CheckSettingsPageTest {
	private static final String PROJECT = "settings-page-test";
	private IProject project;
	private IFile settings;
	private PreferenceDialog dialog;

	@BeforeEach
	void createProject() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		settings = project.getFile(SettingsFile.NAME);
	}

	@AfterEach
	void cleanUp() throws Exception {
		if (dialog != null && dialog.getShell() != null) {
			dialog.close();
		}
		project.delete(true, true, null);
	}

	@Test
	void aSeverityAndAThresholdAreWrittenAndTheUsersLinesAreKept() throws Exception {
		String before = "# Our workshop's settings\nnot-joint = off            # not discussed this time\n";
		write(before);
		CheckSettingsPage page = openPage();
		assertEquals("off", page.severityChoice("not-joint").getText(), "the file's setting is shown");
		assertEquals("4 weeks", page.thresholdField(Threshold.WAIT_LIMIT).getText(), "the default is shown");

		select(page.severityChoice("long-wait"), Severity.ERROR);
		page.thresholdField(Threshold.WAIT_LIMIT).setText("6 weeks");
		assertTrue(page.isValid());
		assertTrue(page.performOk(), page.getErrorMessage());

		String after = read();
		assertTrue(after.startsWith(before), "the comment and the line written before are kept:\n" + after);
		assertEquals(before + "wait-limit = 6 weeks\nlong-wait = error\n", after);
		SettingsFile.Read read = SettingsFile.parse(after);
		assertEquals(List.of(), read.problems());
		CheckSettings parsed = read.settings();
		assertEquals(Severity.ERROR, parsed.severityOf(WorkshopChecks.rule("long-wait")));
		assertEquals(Severity.OFF, parsed.severityOf(WorkshopChecks.rule("not-joint")));
		assertEquals(6 * WaitTime.WEEK, parsed.threshold(Threshold.WAIT_LIMIT));
	}

	@Test
	void aValueAlreadyWrittenChangesInPlaceWithItsComment() throws Exception {
		write("not-joint = off   # not this time\n\nwait-limit: 6 weeks\nsomething-unknown = 3\n");
		CheckSettingsPage page = openPage();
		select(page.severityChoice("not-joint"), Severity.INFO);
		page.thresholdField(Threshold.WAIT_LIMIT).setText("8 weeks");
		assertTrue(page.performOk(), page.getErrorMessage());
		assertEquals("not-joint = info   # not this time\n\nwait-limit: 8 weeks\nsomething-unknown = 3\n", read());
	}

	@Test
	void withoutChangesNoFileIsWritten() throws Exception {
		CheckSettingsPage page = openPage();
		assertTrue(page.performOk());
		assertFalse(settings.exists());
	}

	@Test
	void aNewFileSaysWhatItIs() throws Exception {
		CheckSettingsPage page = openPage();
		page.thresholdField(Threshold.CENTRAL_SERVICES).setText("5");
		assertTrue(page.performOk(), page.getErrorMessage());
		String text = read();
		assertTrue(text.startsWith("# "), text);
		assertTrue(text.endsWith("\ncentral-services = 5\n"), text);
		assertEquals(5, SettingsFile.parse(text).settings().threshold(Threshold.CENTRAL_SERVICES));
	}

	@Test
	void aThresholdThatCannotBeReadIsRefused() throws Exception {
		CheckSettingsPage page = openPage();
		page.thresholdField(Threshold.WAIT_LIMIT).setText("soon");
		assertFalse(page.isValid());
		assertNotNull(page.getErrorMessage());
		assertTrue(page.getErrorMessage().contains("wait-limit"), page.getErrorMessage());
		assertFalse(page.performOk());
		assertFalse(settings.exists());
	}

	private CheckSettingsPage openPage() {
		dialog = PreferencesUtil.createPropertyDialogOn(Workbenches.window().getShell(), project, CheckSettingsPage.ID,
				new String[] { CheckSettingsPage.ID }, null);
		assertNotNull(dialog, "the page is registered for projects");
		dialog.setBlockOnOpen(false);
		dialog.open();
		return assertInstanceOf(CheckSettingsPage.class, dialog.getSelectedPage(), "the Carepath checks page is shown");
	}

	private static void select(Combo combo, Severity severity) {
		combo.select(combo.indexOf(severity.label()));
	}

	private void write(String text) throws Exception {
		settings.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
	}

	private String read() throws Exception {
		try (InputStream in = settings.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}

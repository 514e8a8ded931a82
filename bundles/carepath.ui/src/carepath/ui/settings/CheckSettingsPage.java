package carepath.ui.settings;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PropertyPage;

import carepath.analysis.CheckSettings;
import carepath.analysis.Severity;
import carepath.analysis.SettingsFile;
import carepath.analysis.Threshold;
import carepath.analysis.WorkshopChecks;
import carepath.analysis.WorkshopRule;

/**
 * Project > Properties > Carepath checks: the severity of each workshop check and the thresholds.
 * They are kept in the project's `carepath.properties`, where `carepath check` reads them too.
 * Only what the user changes is written, into the file as the user left it.
 */
public class CheckSettingsPage extends PropertyPage {
	public static final String ID = "carepath.ui.settings.checks";
	private static final int DESCRIPTION_WIDTH_CHARS = 55;

	private final Map<String, Combo> severities = new LinkedHashMap<>();
	private final Map<Threshold, Text> thresholds = new LinkedHashMap<>();
	private ProjectSettingsFile settingsFile;
	/** The settings as the file held them when shown or last saved: only differences from these are written. */
	private CheckSettings saved = CheckSettings.DEFAULTS;

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		page.setLayout(layout);
		IProject project = Adapters.adapt(getElement(), IProject.class);
		if (project == null || !project.isAccessible()) {
			noDefaultAndApplyButton();
			label(page, "Check settings belong to an open project.");
			return page;
		}
		settingsFile = new ProjectSettingsFile(project);
		label(page, "Kept in " + SettingsFile.NAME + " in the project's folder, which the carepath check command reads too.");
		try {
			SettingsFile.Read read = SettingsFile.parse(settingsFile.read());
			saved = read.settings();
			if (!read.problems().isEmpty()) {
				SettingsFile.Problem first = read.problems().get(0);
				setMessage(String.format("%s line %d: %s. Lines that cannot be used are kept as they are.", SettingsFile.NAME,
						first.line(), first.message()), WARNING);
			}
		} catch (CoreException | IOException e) {
			// Writing over a file that could not be read might lose what is in it: say so, offer nothing to edit.
			settingsFile = null;
			noDefaultAndApplyButton();
			setMessage(SettingsFile.NAME + " could not be read: " + e.getMessage(), ERROR);
			return page;
		}
		createThresholds(page);
		createSeverities(page);
		show(saved);
		return page;
	}

	private void createThresholds(Composite page) {
		Group group = group(page, "Thresholds");
		for (Threshold threshold : Threshold.values()) {
			label(group, threshold.key());
			Text value = new Text(group, SWT.BORDER);
			GridData width = new GridData(SWT.FILL, SWT.CENTER, false, false);
			width.widthHint = convertWidthInCharsToPixels(12);
			value.setLayoutData(width);
			value.addListener(SWT.Modify, event -> validate());
			thresholds.put(threshold, value);
			description(group, threshold.description() + " (default " + threshold.format(threshold.defaultValue()) + ")");
		}
	}

	private void createSeverities(Composite page) {
		Group group = group(page, "Checks");
		for (WorkshopRule rule : WorkshopChecks.rules()) {
			label(group, rule.code());
			Combo severity = new Combo(group, SWT.READ_ONLY);
			for (Severity each : Severity.values()) {
				severity.add(each.label());
			}
			severities.put(rule.code(), severity);
			description(group, rule.description() + " (default " + rule.defaultSeverity().label() + ")");
		}
	}

	private void show(CheckSettings settings) {
		for (WorkshopRule rule : WorkshopChecks.rules()) {
			severities.get(rule.code()).select(settings.severityOf(rule).ordinal());
		}
		thresholds.forEach((threshold, text) -> text.setText(ThresholdText.of(threshold, settings.threshold(threshold))));
		validate();
	}

	/** A threshold that does not read as one keeps OK and Apply disabled, with the reason. */
	private void validate() {
		for (Map.Entry<Threshold, Text> entry : thresholds.entrySet()) {
			Threshold threshold = entry.getKey();
			String value = entry.getValue().getText().strip();
			if (threshold.parse(value).isEmpty()) {
				setErrorMessage(String.format("'%s' is not a valid %s: write %s", value, threshold.key(),
						threshold.isDuration() ? "a number and a unit, e.g. '4 weeks'" : "a whole number, e.g. '3'"));
				setValid(false);
				return;
			}
		}
		setErrorMessage(null);
		setValid(true);
	}

	@Override
	protected void performDefaults() {
		if (settingsFile != null) {
			show(CheckSettings.DEFAULTS);
		}
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		if (settingsFile == null) {
			return true; // nothing was shown to edit
		}
		if (!isValid()) {
			return false;
		}
		Map<String, String> changes = changes();
		if (changes.isEmpty()) {
			return true;
		}
		try {
			// Read again: the file may have been edited since the page was opened, and that must not be lost.
			String text = SettingsText.withValues(settingsFile.read(), changes);
			settingsFile.write(text);
			saved = SettingsFile.parse(text).settings();
		} catch (CoreException | IOException e) {
			setErrorMessage(SettingsFile.NAME + " could not be saved: " + e.getMessage());
			return false;
		}
		settingsFile.recheck();
		return true;
	}

	/** The keys whose value on the page differs from the saved settings, with the text to write. */
	private Map<String, String> changes() {
		Map<String, String> changes = new LinkedHashMap<>();
		thresholds.forEach((threshold, text) -> {
			String value = text.getText().strip();
			OptionalLong parsed = threshold.parse(value);
			if (parsed.isPresent() && parsed.getAsLong() != saved.threshold(threshold)) {
				changes.put(threshold.key(), value);
			}
		});
		for (WorkshopRule rule : WorkshopChecks.rules()) {
			int index = severities.get(rule.code()).getSelectionIndex();
			Severity chosen = index < 0 ? rule.defaultSeverity() : Severity.values()[index];
			if (chosen != saved.severityOf(rule)) {
				changes.put(rule.code(), chosen.label());
			}
		}
		return changes;
	}

	/** The severity choice of one check; for tests. */
	Combo severityChoice(String code) {
		return severities.get(code);
	}

	/** The value field of one threshold; for tests. */
	Text thresholdField(Threshold threshold) {
		return thresholds.get(threshold);
	}

	private static Group group(Composite parent, String title) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		group.setLayout(new GridLayout(3, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return group;
	}

	private static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}

	private void description(Composite parent, String text) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(text);
		GridData wrap = new GridData(SWT.FILL, SWT.CENTER, true, false);
		wrap.widthHint = convertWidthInCharsToPixels(DESCRIPTION_WIDTH_CHARS);
		label.setLayoutData(wrap);
	}
}

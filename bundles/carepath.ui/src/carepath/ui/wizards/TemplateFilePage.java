package carepath.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;

/**
 * Where the new file goes and what it starts from: the platform's folder and file name fields
 * (which refuse a file that already exists), and a choice of template below them.
 */
public class TemplateFilePage extends WizardNewFileCreationPage {
	public static final String NAME = "carepathFile";
	private static final String EXTENSION = "journey";

	private final Map<JourneyTemplate, Button> choices = new EnumMap<>(JourneyTemplate.class);
	private JourneyTemplate template = JourneyTemplate.CHALLENGES_JOURNEY;
	private Label description;
	/** The file name this page offered; replaced when the template changes, unless the user typed their own. */
	private String offeredName;
	private String contents;

	public TemplateFilePage(IStructuredSelection selection) {
		super(NAME, selection);
		setTitle("Carepath file");
		setDescription("Create a .journey file from a template. Its names are made from the file name.");
		setFileExtension(EXTENSION);
		offeredName = fileNameFor(template);
		setFileName(offeredName);
	}

	@Override
	protected void createAdvancedControls(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText("Template");
		group.setLayout(new GridLayout(1, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		for (JourneyTemplate each : JourneyTemplate.values()) {
			Button choice = new Button(group, SWT.RADIO);
			choice.setText(each.label());
			choice.setToolTipText(each.description());
			choice.setSelection(each == template);
			choice.addListener(SWT.Selection, event -> {
				if (choice.getSelection()) {
					setTemplate(each);
				}
			});
			choices.put(each, choice);
		}
		description = new Label(group, SWT.WRAP);
		GridData wrap = new GridData(SWT.FILL, SWT.TOP, true, false);
		wrap.widthHint = convertWidthInCharsToPixels(60);
		description.setLayoutData(wrap);
		description.setText(template.description());
		super.createAdvancedControls(parent);
	}

	public JourneyTemplate template() {
		return template;
	}

	/** Chooses the template, as the radio buttons do; also offers its file name if the user has not typed one. */
	public void setTemplate(JourneyTemplate chosen) {
		if (getFileName() != null && getFileName().equals(offeredName)) {
			offeredName = fileNameFor(chosen);
			setFileName(offeredName);
		}
		template = chosen;
		choices.forEach((each, button) -> button.setSelection(each == chosen));
		if (description != null) {
			description.setText(chosen.description());
			description.getParent().layout(true);
		}
	}

	/**
	 * Fills the chosen template in for the file name given, before the file is made; the platform
	 * would create an empty file if the contents failed later, so failure is reported here first.
	 */
	public void prepareContents() throws IOException {
		String path = getFileName();
		// The name field may hold folders too (`journeys/sam.journey`): the names come from the file's own name.
		contents = template.textFor(path.substring(path.lastIndexOf('/') + 1));
	}

	@Override
	protected InputStream getInitialContents() {
		return contents == null ? null : new ByteArrayInputStream(contents.getBytes(StandardCharsets.UTF_8));
	}

	private static String fileNameFor(JourneyTemplate template) {
		return template.suggestedName() + "." + EXTENSION;
	}
}

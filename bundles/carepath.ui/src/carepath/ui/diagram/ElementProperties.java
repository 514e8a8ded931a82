package carepath.ui.diagram;

import java.util.List;

import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

import carepath.dsl.ide.edit.ConnectionRef;
import carepath.dsl.ide.edit.EditRefused;
import carepath.dsl.ide.edit.ElementFields;
import carepath.dsl.ide.edit.ElementFields.Field;
import carepath.dsl.ide.edit.ElementFields.Kind;
import carepath.dsl.ide.edit.ProjectTexts;
import carepath.dsl.ide.edit.SetList;
import carepath.dsl.ide.edit.SetValue;
import carepath.dsl.ide.edit.TextEdit;
import carepath.ui.editor.JourneyEditor;
import carepath.ui.editor.Snapshot;

/**
 * The selected drawn element in the platform's Properties view, where an Xtext language with a
 * Sirius or EMF editor would have its properties sheet: every feature the grammar writes for it as
 * a field (ElementFields), single values, choices and lists changed there, each change one
 * undoable edit of the text (SetValue, SetList), as a gesture on the drawing is. Nested elements
 * (feelings, cards) are shown and changed on the drawing.
 */
final class ElementProperties implements IPropertySource {
	private final DiagramView view;
	private final JourneyEditor editor;
	private final DiagramIds element;
	private final List<Field> fields;

	private ElementProperties(DiagramView view, JourneyEditor editor, DiagramIds element, List<Field> fields) {
		this.view = view;
		this.editor = editor;
		this.element = element;
		this.fields = fields;
	}

	/** The properties of a drawn element (a card's are its step's); null where the drawing shows no element. */
	static ElementProperties of(DiagramView view, JourneyEditor editor, String id) {
		DiagramIds drawn = DiagramIds.of(id);
		DiagramIds element = drawn.connection() != null || drawn.named() ? drawn : drawn.step();
		if (element.kind().isEmpty()) {
			return null;
		}
		// Read from the snapshot the drawing came from, parsed and checked already: asked at every
		// redraw while the Properties view is open, this must not parse the project again.
		Snapshot latest = editor.latest();
		if (latest == null) {
			return null;
		}
		try {
			ConnectionRef connection = element.connection();
			List<Field> fields = connection != null ? ElementFields.ofConnection(latest.models(), connection)
					: ElementFields.ofElement(latest.models(), element.fullName());
			return new ElementProperties(view, editor, element, fields);
		} catch (EditRefused gone) {
			return null; // the text changed since the drawing: nothing to show until it is redrawn
		}
	}

	List<Field> fields() {
		return fields;
	}

	@Override
	public Object getEditableValue() {
		return this;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		return fields.stream().map(ElementProperties::descriptor).toArray(IPropertyDescriptor[]::new);
	}

	private static IPropertyDescriptor descriptor(Field field) {
		PropertyDescriptor descriptor = switch (field.kind()) {
		case TEXT -> new TextPropertyDescriptor(field.feature(), field.label());
		case CHOICE -> new ComboBoxPropertyDescriptor(field.feature(), field.label(), field.choices().toArray(String[]::new));
		case LIST -> new ListPropertyDescriptor(field.feature(), field.label(),
				field.choices().isEmpty() ? "" : " Choose from: " + String.join(", ", field.choices()) + ".");
		case SHOWN -> new PropertyDescriptor(field.feature(), field.label());
		};
		descriptor.setCategory(field.kind() == Kind.SHOWN ? "Changed on the drawing or in the text" : "Written in the text");
		return descriptor;
	}

	@Override
	public Object getPropertyValue(Object id) {
		Field field = field(id);
		if (field == null) {
			return "";
		}
		return field.kind() == Kind.CHOICE ? Integer.valueOf(Math.max(0, field.choices().indexOf(field.value()))) : field.value();
	}

	@Override
	public boolean isPropertySet(Object id) {
		Field field = field(id);
		return field != null && !field.value().isEmpty();
	}

	@Override
	public void resetPropertyValue(Object id) {
		setPropertyValue(id, "");
	}

	/** Writes a changed field back to the text; a refusal is said at the foot of the drawing. */
	@Override
	public void setPropertyValue(Object id, Object value) {
		Field field = field(id);
		if (field == null || field.kind() == Kind.SHOWN) {
			return;
		}
		String written = value instanceof Integer index && field.kind() == Kind.CHOICE
				? (index >= 0 && index < field.choices().size() ? field.choices().get(index) : field.value())
				: String.valueOf(value);
		if (written.equals(field.value())) {
			return;
		}
		try {
			ProjectTexts texts = EditorChanges.texts(editor);
			ConnectionRef connection = element.connection();
			List<TextEdit> edits;
			if (field.kind() == Kind.LIST) {
				List<String> values = List.of(written.split("\\R"));
				edits = connection != null ? SetList.ofConnection(texts, connection, field.feature(), values)
						: SetList.ofElement(texts, element.fullName(), field.feature(), values);
			} else {
				edits = connection != null ? SetValue.ofConnection(texts, connection, field.feature(), written)
						: SetValue.ofElement(texts, element.fullName(), field.feature(), written);
			}
			EditorChanges.apply(editor, edits);
			if ("name".equals(field.feature())) {
				view.selectDrawn(element.withLastName(written.strip()));
			}
		} catch (EditRefused refused) {
			view.say("Nothing changed: " + refused.getMessage() + ".");
		}
	}

	private Field field(Object id) {
		return fields.stream().filter(field -> field.feature().equals(id)).findFirst().orElse(null);
	}
}

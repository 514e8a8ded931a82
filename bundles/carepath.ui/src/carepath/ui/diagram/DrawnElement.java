package carepath.ui.diagram;

import java.util.function.Supplier;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * What the diagram view selects: a drawn element by its id, adapting to its properties for the
 * Properties view. They are read from the text (a parse of the project) only when asked for, so a
 * click costs nothing while the Properties view is closed.
 */
final class DrawnElement implements IAdaptable {
	private final String id;
	private final Supplier<ElementProperties> read;
	private ElementProperties properties;
	private boolean asked;

	DrawnElement(String id, Supplier<ElementProperties> read) {
		this.id = id;
		this.read = read;
	}

	String id() {
		return id;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter != IPropertySource.class) {
			return null;
		}
		if (!asked) {
			asked = true;
			properties = read.get();
		}
		return adapter.cast(properties);
	}
}

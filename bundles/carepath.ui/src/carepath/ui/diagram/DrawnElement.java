package carepath.ui.diagram;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.views.properties.IPropertySource;

/** What the diagram view selects: a drawn element by its id, adapting to its properties for the Properties view. */
record DrawnElement(String id, ElementProperties properties) implements IAdaptable {

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter == IPropertySource.class ? adapter.cast(properties) : null;
	}
}

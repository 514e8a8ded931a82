package carepath.ui;

import com.google.inject.Injector;

import carepath.dsl.ide.JourneyIdeSetup;
import carepath.dsl.load.ModelSet;

/**
 * The journey language's services for the workbench: one injector with the runtime and the IDE
 * modules (content assist and the rest of what Xtext's language server uses), made on first use,
 * so that parsing, validation and proposals all share one grammar.
 */
public final class JourneyServices {
	private JourneyServices() {
	}

	private static final class Holder {
		static final Injector INJECTOR = new JourneyIdeSetup().createInjectorAndDoEMFRegistration();
	}

	public static Injector injector() {
		return Holder.INJECTOR;
	}

	public static ModelSet newModelSet() {
		return injector().getInstance(ModelSet.class);
	}
}

package carepath.dsl.load;

import com.google.inject.Injector;

import carepath.dsl.JourneyStandaloneSetup;

/** The journey language outside the workbench: one injector per process, made on first use. */
public final class JourneyLanguage {
	private JourneyLanguage() {
	}

	private static final class Holder {
		static final Injector INJECTOR = new JourneyStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	public static Injector injector() {
		return Holder.INJECTOR;
	}

	/** A new, empty model set. */
	public static ModelSet newModelSet() {
		return injector().getInstance(ModelSet.class);
	}
}

package carepath.analysis.rules;

import carepath.model.InformationSystem;

/** An IT system as findings name it, or null when none is named or its name did not resolve. */
final class SystemNames {
	private SystemNames() {
	}

	static String of(InformationSystem system) {
		return system == null || system.eIsProxy() ? null : system.getName();
	}
}

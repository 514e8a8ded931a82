package carepath.dsl.validation;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.xtext.validation.Check;

import carepath.model.CarepathPackage.Literals;
import carepath.model.MapModel;

/** A to-be map improves an as-is map of the same kind, and never itself. */
public class ImprovesChecks extends ComposedCheck {

	@Check
	public void improvesSameKind(MapModel map) {
		MapModel improved = map.getImproves();
		if (improved == null || improved.eIsProxy() || improved.eClass() == map.eClass()) {
			return;
		}
		error(String.format("%s '%s' cannot improve %s '%s': a journey improves a journey, an ecosystem an ecosystem.",
				ElementKinds.capitalized(map.eClass()), map.getName(),
				ElementKinds.capitalized(improved.eClass()), improved.getName()), map, Literals.MAP_MODEL__IMPROVES,
				IssueCodes.IMPROVES_OTHER_KIND);
	}

	@Check
	public void improvesNoCycle(MapModel map) {
		Set<MapModel> seen = new HashSet<>();
		for (MapModel next = map.getImproves(); next != null && !next.eIsProxy(); next = next.getImproves()) {
			if (next == map) {
				error(String.format("'%s' ends up improving itself: an improvement needs an earlier map to compare with.",
						map.getName()), map, Literals.MAP_MODEL__IMPROVES, IssueCodes.IMPROVES_CYCLE);
				return;
			}
			if (!seen.add(next)) {
				return; // a cycle further on, reported on its own members
			}
		}
	}
}

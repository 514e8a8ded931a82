package carepath.analysis.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import carepath.analysis.Journeys;
import carepath.analysis.Labels;
import carepath.analysis.figures.Figure;
import carepath.analysis.figures.Figures;
import carepath.model.Connection;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.MapModel;
import carepath.model.NamedElement;
import carepath.model.Stage;
import carepath.model.Step;

/**
 * Compares an as-is map with its to-be redesign. Elements match by name (connections by kind,
 * source and target), so a step kept under the same name is compared, not re-counted.
 */
public final class MapComparison {
	private MapComparison() {
	}

	public static Comparison compare(MapModel asIs, MapModel toBe) {
		if (asIs.eClass() != toBe.eClass()) {
			throw new IllegalArgumentException(String.format("'%s' is %s and '%s' %s: compare two journeys or two ecosystems",
					asIs.getName(), kind(asIs), toBe.getName(), kind(toBe)));
		}
		List<ElementChange> elements = new ArrayList<>();
		if (asIs instanceof Journey before && toBe instanceof Journey after) {
			match("stage", before.getStages(), after.getStages(), NamedElement::getName, MapComparison::sameStage, elements);
			match("step", Journeys.steps(before), Journeys.steps(after), NamedElement::getName, MapComparison::sameStep,
					elements);
		} else {
			Ecosystem before = (Ecosystem) asIs;
			Ecosystem after = (Ecosystem) toBe;
			match("category", before.getCategories(), after.getCategories(), NamedElement::getName, SameContent::equal,
					elements);
			match("service", before.getServices(), after.getServices(), NamedElement::getName, SameContent::equal, elements);
			match("connection", before.getConnections(), after.getConnections(), Labels::of, SameContent::equal, elements);
		}
		return new Comparison(asIs, toBe, elements, figures(asIs, toBe));
	}

	private static String kind(MapModel map) {
		return map instanceof Journey ? "a journey" : "an ecosystem";
	}

	private static <T extends EObject> void match(String kind, List<T> before, List<T> after, Function<T, String> key,
			BiPredicate<T, T> same, List<ElementChange> out) {
		Map<String, T> afterByKey = new LinkedHashMap<>();
		for (T element : after) {
			afterByKey.putIfAbsent(key.apply(element), element);
		}
		Map<String, T> beforeByKey = new LinkedHashMap<>();
		for (T element : before) {
			String name = key.apply(element);
			if (beforeByKey.putIfAbsent(name, element) != null) {
				continue; // a duplicate name; the language reports it
			}
			T counterpart = afterByKey.get(name);
			ChangeKind change = counterpart == null ? ChangeKind.REMOVED
					: same.test(element, counterpart) ? ChangeKind.KEPT : ChangeKind.CHANGED;
			out.add(new ElementChange(kind, name, change, element, counterpart));
		}
		afterByKey.forEach((name, element) -> {
			if (!beforeByKey.containsKey(name)) {
				out.add(new ElementChange(kind, name, ChangeKind.ADDED, null, element));
			}
		});
	}

	/** A stage is kept when its title and the names of its steps, in order, are the same. */
	private static boolean sameStage(Stage before, Stage after) {
		return Objects.equals(before.getTitle(), after.getTitle())
				&& before.getSteps().stream().map(Step::getName).toList()
						.equals(after.getSteps().stream().map(Step::getName).toList());
	}

	/** A step is kept when it says the same and stays in a stage of the same name. */
	private static boolean sameStep(Step before, Step after) {
		return Objects.equals(((Stage) before.eContainer()).getName(), ((Stage) after.eContainer()).getName())
				&& SameContent.equal(before, after);
	}

	private static List<FigureChange> figures(MapModel asIs, MapModel toBe) {
		List<Figure> before = Figures.of(asIs);
		List<Figure> after = Figures.of(toBe);
		List<FigureChange> figures = new ArrayList<>();
		for (int index = 0; index < before.size(); index++) {
			figures.add(new FigureChange(before.get(index), after.get(index)));
		}
		return figures;
	}
}

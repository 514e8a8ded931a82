package carepath.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import carepath.analysis.Labels;
import carepath.analysis.compare.ChangeKind;
import carepath.analysis.compare.Difference;
import carepath.analysis.compare.Comparison;
import carepath.analysis.compare.ElementChange;
import carepath.analysis.compare.FigureChange;
import carepath.analysis.figures.Figure;
import carepath.model.Journey;
import carepath.model.MapModel;

/** A comparison as a table for people and as JSON for machines. */
final class ComparisonReport {
	private ComparisonReport() {
	}

	static String text(Comparison comparison) {
		StringBuilder text = new StringBuilder();
		text.append(String.format("%s as-is: %s%n%s to-be: %s%n%n", kind(comparison.asIs()), shown(comparison.asIs()),
				kind(comparison.toBe()), shown(comparison.toBe())));
		int width = comparison.figures().stream().mapToInt(f -> f.label().length()).max().orElse(10);
		String row = "  %-" + width + "s  %12s  %12s  %12s%n";
		text.append(String.format(row, "Figure", "as-is", "to-be", "change"));
		for (FigureChange figure : comparison.figures()) {
			text.append(String.format(row, figure.label(), figure.before().display(), figure.after().display(),
					figure.differenceDisplay()));
		}
		String kind = null;
		for (ElementChange element : comparison.elements()) {
			if (!element.kind().equals(kind)) {
				kind = element.kind();
				text.append(String.format("%n%s%n", capitalized(plural(kind))));
			}
			text.append(String.format("  %-8s %s%n", element.change().label(), shown(element)));
			for (Difference difference : element.differences()) {
				text.append(String.format("  %-8s   %s%n", "", difference));
			}
		}
		text.append(String.format("%n%s%n", summary(comparison)));
		return text.toString();
	}

	static String json(Comparison comparison) {
		JsonObject root = new JsonObject();
		root.addProperty("kind", kind(comparison.asIs()));
		root.addProperty("asIs", comparison.asIs().getName());
		root.addProperty("toBe", comparison.toBe().getName());
		JsonArray figures = new JsonArray();
		for (FigureChange figure : comparison.figures()) {
			JsonObject item = new JsonObject();
			item.addProperty("key", figure.key());
			item.addProperty("label", figure.label());
			add(item, "before", figure.before());
			add(item, "after", figure.after());
			item.addProperty("change", figure.differenceDisplay());
			figures.add(item);
		}
		root.add("figures", figures);
		JsonArray elements = new JsonArray();
		for (ElementChange element : comparison.elements()) {
			JsonObject item = new JsonObject();
			item.addProperty("kind", element.kind());
			item.addProperty("name", element.name());
			item.addProperty("title", element.title());
			item.addProperty("change", element.change().label());
			JsonArray differences = new JsonArray();
			for (Difference difference : element.differences()) {
				JsonObject one = new JsonObject();
				one.addProperty("feature", difference.feature());
				one.addProperty("before", difference.before());
				one.addProperty("after", difference.after());
				differences.add(one);
			}
			if (!differences.isEmpty()) {
				item.add("differences", differences);
			}
			elements.add(item);
		}
		root.add("elements", elements);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + System.lineSeparator();
	}

	/** A figure's value (null where there is none, as JSON has no NaN) and its display form. */
	private static void add(JsonObject item, String name, Figure figure) {
		if (figure.hasValue()) {
			item.addProperty(name, figure.value());
		} else {
			item.add(name, com.google.gson.JsonNull.INSTANCE);
		}
		item.addProperty(name + "Display", figure.display());
	}

	private static String shown(MapModel map) {
		String title = Labels.of(map);
		return title.equals(map.getName()) ? title : title + " (" + map.getName() + ")";
	}

	/** The element by its title, with the name the text uses where that differs: `Consult (consult)`. */
	private static String shown(ElementChange element) {
		String title = element.title();
		return title.equals(element.name()) ? title : title + " (" + element.name() + ")";
	}

	private static String summary(Comparison comparison) {
		return String.format("%d added, %d removed, %d changed, %d kept.", count(comparison, ChangeKind.ADDED),
				count(comparison, ChangeKind.REMOVED), count(comparison, ChangeKind.CHANGED), count(comparison, ChangeKind.KEPT));
	}

	private static int count(Comparison comparison, ChangeKind change) {
		return comparison.with(change).size();
	}

	private static String kind(MapModel map) {
		return map instanceof Journey ? "Journey" : "Ecosystem";
	}

	private static String plural(String noun) {
		return noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
	}

	private static String capitalized(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}
}

package carepath.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import carepath.model.Model;
import carepath.model.NamedElement;

/**
 * The models as JSON for other programs: every element an object with its `kind` (the metaclass)
 * and its set features; contained elements nested, references given by name as the language
 * writes them, enumerations by their word in the language (`as-is`, `face-to-face`).
 */
public final class JsonExport {
	private JsonExport() {
	}

	public static ExportedFile export(String name, Map<String, Model> files) {
		JsonObject root = new JsonObject();
		root.addProperty("format", "carepath-json");
		root.addProperty("version", 1);
		JsonObject models = new JsonObject();
		files.forEach((file, model) -> models.add(file, element(model)));
		root.add("files", models);
		String json = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
		return new ExportedFile(name + ".json", (json + "\n").getBytes(StandardCharsets.UTF_8));
	}

	static JsonObject element(EObject element) {
		JsonObject json = new JsonObject();
		json.addProperty("kind", element.eClass().getName());
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			// Enumerations that cannot be unset are always written: their first word (`as-is`) is also
			// their default. Unsettable ones (a service's sector) are absent until written.
			boolean enumeration = feature.getEType() instanceof EEnum && !feature.isMany() && !feature.isUnsettable();
			if (!element.eIsSet(feature) && !enumeration) {
				continue;
			}
			Object value = element.eGet(feature);
			if (value instanceof List<?> list) {
				JsonArray array = new JsonArray();
				list.forEach(item -> array.add(value(feature, item)));
				json.add(feature.getName(), array);
			} else {
				json.add(feature.getName(), value(feature, value));
			}
		}
		return json;
	}

	private static JsonElement value(EStructuralFeature feature, Object value) {
		if (value == null) {
			return JsonNull.INSTANCE;
		}
		if (feature instanceof EReference reference) {
			return reference.isContainment() ? element((EObject) value) : new JsonPrimitive(reference((EObject) value));
		}
		if (value instanceof org.eclipse.emf.common.util.Enumerator literal) {
			return new JsonPrimitive(literal.getLiteral());
		}
		if (value instanceof Number number) {
			return new JsonPrimitive(number);
		}
		if (value instanceof Boolean flag) {
			return new JsonPrimitive(flag);
		}
		return new JsonPrimitive(value.toString());
	}

	/** A referenced element's name, qualified by its container's name where it is nested (`lothian.gp`). */
	private static String reference(EObject target) {
		if (!(target instanceof NamedElement named) || target.eIsProxy()) {
			return "?";
		}
		return target.eContainer() instanceof NamedElement container ? container.getName() + "." + named.getName()
				: named.getName();
	}
}

package carepath.dsl.ide.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import carepath.dsl.ide.edit.ElementFields.Field;
import carepath.dsl.ide.edit.ElementFields.Kind;

/** The fields a properties panel shows for a service: read from the grammar, with values as written and the choices. */
class ElementFieldsTest {
	private static final String MAP = """
			need housing
			ecosystem riverside {
			  category clinical
			  service gp "GP" in clinical {
			    sector statutory
			    setting community, phone
			    provides "Assessment"
			    provides "Prescribing"
			    meets housing
			  }
			}
			""";

	@Test
	void everyFeatureTheLanguageWritesForAService() throws Exception {
		Map<String, Field> fields = ElementFields.ofElement(Projects.of(MAP), "gp").stream()
				.collect(Collectors.toMap(Field::feature, field -> field));
		assertEquals(List.of("name", "title", "category", "sector", "settings", "provides", "accessCriteria", "meets", "records"),
				ElementFields.ofElement(Projects.of(MAP), "gp").stream().map(Field::feature).toList());
		assertEquals(new Field("sector", "sector", Kind.CHOICE, "statutory", List.of("", "statutory", "third-sector", "private", "community")),
				fields.get("sector"));
		assertEquals(new Field("title", "title", Kind.TEXT, "GP", List.of()), fields.get("title"));
		assertEquals(new Field("settings", "settings", Kind.LIST, "community\nphone",
				List.of("home", "community", "hospital", "residential", "online", "phone", "school", "workplace", "custody")), fields.get("settings"));
		assertEquals(new Field("provides", "provides", Kind.LIST, "Assessment\nPrescribing", List.of()), fields.get("provides"));
		assertEquals(new Field("meets", "meets", Kind.LIST, "housing", List.of("housing")), fields.get("meets"));
		assertEquals(new Field("category", "category", Kind.CHOICE, "clinical", List.of("", "clinical")), fields.get("category"));
	}
}

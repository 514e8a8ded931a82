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
		assertEquals(Kind.SHOWN, fields.get("settings").kind());
		assertEquals("community; phone", fields.get("settings").value());
		assertEquals("Assessment; Prescribing", fields.get("provides").value());
		assertEquals("housing", fields.get("meets").value());
		assertEquals(new Field("category", "category", Kind.CHOICE, "clinical", List.of("", "clinical")), fields.get("category"));
	}
}

package carepath.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import carepath.dsl.load.ModelSet;
import carepath.model.Ecosystem;

/** Lines end as on any system, comments included: \n, \r\n, and \r alone (old Mac editors). */
class LineEndingsTest {

	@ParameterizedTest(name = "{index}")
	@ValueSource(strings = { "\n", "\r\n", "\r" })
	void commentsEndAtEveryKindOfLineEnd(String end) {
		String text = String.join(end, "// a map", "ecosystem e \"E\" { // the system", "  service a \"A\" // first",
				"  /* two", "     lines */ service b", "}", "// last");
		ModelSet set = TestModels.of(text);
		assertEquals(List.of(), TestModels.issues(set));
		assertEquals(2, set.elements(Ecosystem.class).get(0).getServices().size());
	}
}

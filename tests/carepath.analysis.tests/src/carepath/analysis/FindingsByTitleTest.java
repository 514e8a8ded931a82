package carepath.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import carepath.dsl.load.ModelSet;
import carepath.dsl.load.Problem;
import carepath.model.NamedElement;
import carepath.testing.ExampleModels;

/**
 * Findings are read by people in the pack and under the maps: they name services, steps, stages,
 * needs and IT systems by their titles, never by the internal name of an element that has a title.
 */
class FindingsByTitleTest {

	@Test
	void noFindingOfTheExamplesNamesATitledElementByItsName() {
		ModelSet examples = ExampleModels.load();
		List<NamedElement> titled = new ArrayList<>();
		examples.resourceSet().getAllContents().forEachRemaining(object -> {
			if (object instanceof NamedElement named && named.getName() != null && named.getTitle() != null
					&& !named.getTitle().isBlank() && !named.getTitle().equals(named.getName())) {
				titled.add(named);
			}
		});
		assertTrue(titled.size() > 50, titled.size() + " titled elements");
		// Longest titles first, so that a title holding another's words is taken out whole.
		List<String> titles = titled.stream().map(NamedElement::getTitle).distinct()
				.sorted(Comparator.comparingInt(String::length).reversed()).toList();
		List<Problem> findings = examples.validate().stream().filter(problem -> !problem.question().isEmpty()).toList();
		assertTrue(findings.size() > 20, findings.size() + " findings");
		for (Problem finding : findings) {
			// What the modeller wrote, quoted in the message (criteria, information items), may use any words.
			String rest = finding.message().replaceAll("\"[^\"]*\"", " ");
			for (String title : titles) {
				rest = rest.replace(title, " ");
			}
			for (NamedElement element : titled) {
				assertTrue(!Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(element.getName()) + "(?![\\p{L}\\p{N}_])")
						.matcher(rest).find(), finding.message() + " names " + kind(element) + " " + element.getName());
			}
		}
	}

	private static String kind(EObject element) {
		return element.eClass().getName();
	}
}

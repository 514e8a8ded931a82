package carepath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import carepath.analysis.Finding;
import carepath.analysis.WorkshopChecks;

/** Render and report take the findings validation recorded; they must be those a fresh run of the checks gives. */
class RecordedFindingsTest {

	@Test
	void recordedFindingsAreTheChecksFindings() throws Exception {
		ProjectLoader.Loaded loaded = ProjectLoader.loadWithoutErrors(List.of(Path.of("../../examples")), null, "testing",
				new PrintWriter(new StringWriter()));
		List<Finding> recorded = loaded.findings();
		List<Finding> fresh = WorkshopChecks.run(loaded.models().resourceSet().getResources(), loaded.settings());
		assertTrue(recorded.size() > 50, "the examples have findings: " + recorded.size());
		assertEquals(fresh.size(), recorded.size());
		assertEquals(keys(fresh), keys(recorded));
	}

	private static Set<String> keys(List<Finding> findings) {
		Set<String> keys = new HashSet<>();
		for (Finding finding : findings) {
			keys.add(finding.code() + " " + finding.severity() + " " + finding.message() + " "
					+ org.eclipse.emf.ecore.util.EcoreUtil.getURI(finding.element()));
		}
		return keys;
	}
}

package carepath.analysis.rules;

import static carepath.analysis.CheckedModels.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import carepath.analysis.CheckSettings;
import carepath.analysis.CheckedModels;
import carepath.analysis.Finding;
import carepath.analysis.WorkshopChecks;
import carepath.dsl.load.ModelSet;

/**
 * Bottlenecks on shapes the small examples lack: the pieces left on both sides of a cut point,
 * two cut points in a row, and a chain of 20,000 services, which overflowed the stack of a
 * recursive search, took quadratic time, and named 19,998 bottlenecks.
 */
class BottleneckTest {

	@Test
	void theLargestPieceLeftCountsAsTheRest() {
		String eco = """
				ecosystem eco {
				  service a
				  service b
				  service hub
				  service c
				  service d
				  service e
				  referral a -> b
				  referral b -> hub
				  referral hub -> c
				  referral c -> d
				  referral d -> e
				  referral e -> c
				}
				""";
		assertEquals(List.of("Bottleneck: without b, 1 service would be cut off from the rest of the system.",
				"Bottleneck: without hub, 2 services would be cut off from the rest of the system.",
				"Bottleneck: without c, 2 services would be cut off from the rest of the system."),
				messages(CheckedModels.of(eco), "bottleneck"));
	}

	@Test
	void aLongChainIsCheckedWhole() {
		int length = 20_000;
		StringBuilder eco = new StringBuilder("ecosystem chain {\n");
		for (int i = 0; i < length; i++) {
			eco.append("  service s").append(i).append('\n');
		}
		for (int i = 0; i + 1 < length; i++) {
			eco.append("  referral s").append(i).append(" -> s").append(i + 1).append('\n');
		}
		ModelSet set = CheckedModels.of(eco.append("}\n").toString());
		List<String> found = WorkshopChecks.run(set.resourceSet().getResources(), CheckSettings.DEFAULTS).stream()
				.filter(finding -> finding.code().equals("bottleneck")).map(Finding::message).toList();
		// Every link but the ends is a bottleneck: the ten that cut off most are named, the rest summed up.
		assertEquals(11, found.size());
		assertEquals("Bottleneck: without s9995, 9995 services would be cut off from the rest of the system.", found.get(0));
		assertEquals("Bottleneck: without s10000, 9999 services would be cut off from the rest of the system.", found.get(5));
		assertEquals("Bottleneck: without s10004, 9995 services would be cut off from the rest of the system.", found.get(9));
		assertEquals("19988 more services are bottlenecks too, each cutting fewer services off than those named.", found.get(10));
	}
}

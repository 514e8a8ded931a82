package carepath.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import carepath.dsl.load.ModelSet;
import carepath.model.Ecosystem;
import carepath.model.Setting;

/** The settings the maps of the field need: a school, a workplace, custody; the words stay usable as names. */
class MoreSettingsTest {

	@Test
	void aSchoolAWorkplaceAndCustodyAreSettings() {
		ModelSet set = TestModels.of("""
				ecosystem e {
				  service schoolNurse "School nurse" { setting school }
				  service occupationalHealth "Occupational health" { setting workplace, community }
				  service liaison "Custody liaison and diversion" { setting custody }
				}
				""");
		assertEquals(List.of(), TestModels.issues(set));
		Ecosystem ecosystem = set.elements(Ecosystem.class).get(0);
		assertEquals(List.of(List.of(Setting.SCHOOL), List.of(Setting.WORKPLACE, Setting.COMMUNITY), List.of(Setting.CUSTODY)),
				ecosystem.getServices().stream().map(service -> List.copyOf(service.getSettings())).toList());
	}

	@Test
	void theNewWordsAreStillNames() {
		assertEquals(List.of(), TestModels.issues(TestModels.of(
				"ecosystem e { category school \"Schools\" service custody \"Custody suite\" in school { setting custody } }\n")));
	}
}

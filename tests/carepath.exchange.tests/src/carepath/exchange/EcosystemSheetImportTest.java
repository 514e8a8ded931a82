package carepath.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import carepath.model.Connection;
import carepath.model.ConnectionKind;
import carepath.model.Ecosystem;
import carepath.model.Need;
import carepath.model.Sector;
import carepath.model.Service;
import carepath.model.Setting;

/** The system map sheet: services, connections, needs and categories made from the words used; bad rows reported. */
class EcosystemSheetImportTest {
	private static final String HEADER = "kind,name,title,category,provides,access,setting,sector,meets,from,to,criteria,decided by,joint,supported,if declined\n";

	@Test
	void servicesConnectionsNeedsAndCategories() {
		ImportResult result = EcosystemSheetImport.read(HEADER + """
				referral,,,,,,,,,gp,cmht,Severe illness,CMHT duty worker,yes,,Recovery cafe
				service,gp,GP practice,Health,Assessment; prescribing,Registered,community|phone,statutory,Mental health;Physical health,,,,,,,
				service,cmht,Community Mental Health Team,Health,,Severe mental illness,community,statutory,Mental health,,,,,,,
				service,,Recovery cafe,Community,Peer support,,community,third-sector,Company,,,,,,,
				signpost,,,,,,,,,gp,Recovery cafe,,,,yes,
				""", "Riverside area");
		assertEquals(List.of(), result.problems());
		List<Need> needs = result.model().getElements().stream().filter(Need.class::isInstance).map(Need.class::cast).toList();
		assertEquals(List.of("mentalHealth", "physicalHealth", "company"), needs.stream().map(Need::getName).toList());
		Ecosystem map = (Ecosystem) result.model().getElements().get(3);
		assertEquals("riversideArea", map.getName());
		assertEquals("Riverside area", map.getTitle());
		assertEquals(List.of("health", "community"), map.getCategories().stream().map(c -> c.getName()).toList());
		Service gp = map.getServices().get(0);
		assertEquals(List.of("Assessment", "prescribing"), gp.getProvides());
		assertEquals(List.of(Setting.COMMUNITY, Setting.PHONE), gp.getSettings());
		assertEquals(Sector.STATUTORY, gp.getSector());
		assertEquals("recoveryCafe", map.getServices().get(2).getName());
		Connection referral = map.getConnections().get(0);
		assertEquals(ConnectionKind.REFERRAL, referral.getKind());
		assertTrue(referral.isJoint());
		assertEquals("recoveryCafe", referral.getDeclinedPathway().getName());
		assertTrue(map.getConnections().get(1).isSupported());
	}

	@Test
	void badRowsAreReportedByLineAndSkipped() {
		ImportResult result = EcosystemSheetImport.read(HEADER + """
				service,gp,,,,,,,,,,,,,,
				service,,,,,,,,,,,,,,,
				referral,,,,,,,,,gp,nowhere,,,,,
				poster,,,,,,,,,,,,,,,
				service,x,X,,,,castle,royal,,,,,,,,
				referral,,,,,,,,,gp,gp,,,,,
				""", "m");
		assertEquals(List.of(new ImportProblem(3, "a service needs a name; the row was skipped"),
				new ImportProblem(4, "no service named 'nowhere' in the sheet; the row was skipped"),
				new ImportProblem(5, "'poster' is not a kind of row (service, referral or signpost); the row was skipped"),
				new ImportProblem(6, "'castle' is not a setting (home, community, hospital, residential, online, phone, school, workplace, custody); left out"),
				new ImportProblem(6, "'royal' is not a sector (statutory, third-sector, private, community); left out"),
				new ImportProblem(7, "a connection from a service to itself; the row was skipped")), result.problems());
		Ecosystem map = (Ecosystem) result.model().getElements().get(0);
		assertEquals(2, map.getServices().size());
		assertEquals(0, map.getConnections().size());
		assertNull(map.getTitle(), "the title is left out when it is the name");
	}

	@Test
	void withoutAKindColumnNothingIsRead() {
		ImportResult result = EcosystemSheetImport.read("name,title\ngp,GP\n", "m");
		assertEquals(List.of(new ImportProblem(1, "the first row must name the columns, with 'kind' among them")), result.problems());
	}
}

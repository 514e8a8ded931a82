package carepath.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.ModelSet;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.Model;
import carepath.testing.ExampleModels;

/** XMI loads back into equal models; JSON, Mermaid and Kumu say what the model says. */
class ExportTest {

	private static Map<String, Model> byName(ModelSet set) {
		Map<String, Model> named = new LinkedHashMap<>();
		for (Model model : set.models()) {
			named.put(model.eResource().getURI().trimFileExtension().lastSegment(), model);
		}
		return named;
	}

	private static ModelSet of(String text) {
		ModelSet set = JourneyLanguage.newModelSet();
		set.add("a.journey", URI.createFileURI("/test/a.journey"), text);
		EcoreUtil.resolveAll(set.resourceSet());
		return set;
	}

	@Test
	void xmiLoadsBackIntoEqualModels() throws Exception {
		Map<String, Model> models = byName(ExampleModels.load());
		List<ExportedFile> files = XmiExport.export(models);
		assertEquals(models.size(), files.size());
		ResourceSet loaded = new ResourceSetImpl();
		loaded.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		// The files are read from memory under the names they were written as, so references between them resolve.
		for (ExportedFile file : files) {
			Resource resource = loaded.createResource(URI.createURI(file.name()));
			resource.load(new ByteArrayInputStream(file.content()), Map.of());
		}
		EcoreUtil.resolveAll(loaded);
		List<EObject> again = new ArrayList<>();
		loaded.getResources().forEach(resource -> again.add(resource.getContents().get(0)));
		assertTrue(new EcoreUtil.EqualityHelper().equals(new ArrayList<EObject>(models.values()), again),
				"the XMI does not load back into equal models");
		assertTrue(new String(files.get(0).content(), StandardCharsets.UTF_8).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
	}

	@Test
	void jsonNamesKindsReferencesAndWords() throws Exception {
		ExportedFile file = JsonExport.export("carepath", byName(ExampleModels.load()));
		JsonObject root = JsonParser.parseString(new String(file.content(), StandardCharsets.UTF_8)).getAsJsonObject();
		assertEquals("carepath-json", root.get("format").getAsString());
		JsonObject journey = root.getAsJsonObject("files").getAsJsonObject("sam-challenges").getAsJsonArray("elements").get(0)
				.getAsJsonObject();
		assertEquals("Journey", journey.get("kind").getAsString());
		assertEquals("samChallenges", journey.get("name").getAsString());
		assertEquals("sam", journey.get("persona").getAsString());
		assertEquals("as-is", journey.get("state").getAsString());
		JsonObject step = journey.getAsJsonArray("stages").get(0).getAsJsonObject().getAsJsonArray("steps").get(0).getAsJsonObject();
		assertEquals("riverside.gp", step.get("service").getAsString());
		assertEquals("face-to-face", step.get("channel").getAsString());
		assertEquals(-1, step.getAsJsonObject("personExperience").get("score").getAsInt());
		JsonObject cafe = root.getAsJsonObject("files").getAsJsonObject("system-map").getAsJsonArray("elements").get(0)
				.getAsJsonObject().getAsJsonArray("services").asList().stream().map(e -> e.getAsJsonObject())
				.filter(s -> s.get("name").getAsString().equals("cafe")).findFirst().orElseThrow();
		assertEquals("third-sector", cafe.get("sector").getAsString());
		JsonObject small = JsonParser.parseString(new String(JsonExport.export("x", byName(of("ecosystem e { service s }")))
				.content(), StandardCharsets.UTF_8)).getAsJsonObject();
		JsonObject service = small.getAsJsonObject("files").getAsJsonObject("a").getAsJsonArray("elements").get(0).getAsJsonObject()
				.getAsJsonArray("services").get(0).getAsJsonObject();
		assertTrue(!service.has("sector"), "an unset sector is not written as the first sector: " + service);
	}

	@Test
	void mermaidJourneyText() {
		ModelSet set = of("""
				persona sam "Sam"
				journey j "Sam: looking for help" { persona sam
				  stage s "First, the GP" {
				    step a "Sees the GP, briefly" { by "GP" person feels -2 }
				    step b { person feels +2 }
				    backstage step c "Letter" { by "Secretary" }
				  }
				}
				""");
		Journey journey = (Journey) set.models().get(0).getElements().get(1);
		String text = new String(MermaidExport.export(journey).content(), StandardCharsets.UTF_8);
		assertEquals("""
				journey
				  title Sam; looking for help
				  section First; the GP
				    Sees the GP; briefly: 1: Sam, GP
				    b: 5: Sam
				    Letter: 3: Secretary
				""", text);
		assertEquals("j.mmd", MermaidExport.export(journey).name());
	}

	@Test
	void kumuSheetsWithNamesThatJoinAndNoFormulas() throws Exception {
		ModelSet set = of("""
				need care "Care"
				ecosystem eco {
				  category clinical "Clinical"
				  service gp "GP practice" in clinical { setting community, phone provides "=SUM(1)" meets care }
				  service team
				  referral gp -> team { criteria "Severe" decided by "Team lead" joint if declined -> gp }
				}
				""");
		Ecosystem eco = (Ecosystem) set.models().get(0).getElements().get(1);
		List<ExportedFile> sheets = KumuExport.export(eco);
		assertEquals(List.of("eco.elements.csv", "eco.connections.csv"), sheets.stream().map(ExportedFile::name).toList());
		List<CSVRecord> elements = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(new String(sheets.get(0).content(), StandardCharsets.UTF_8))).getRecords();
		assertEquals(2, elements.size());
		assertEquals("gp", elements.get(0).get("Label"));
		assertEquals("Clinical", elements.get(0).get("Category"));
		assertEquals("community|phone", elements.get(0).get("Setting"));
		assertEquals("'=SUM(1)", elements.get(0).get("Description"), "a formula is kept as text");
		assertEquals("care", elements.get(0).get("Meets"));
		List<CSVRecord> connections = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(new String(sheets.get(1).content(), StandardCharsets.UTF_8))).getRecords();
		assertEquals(1, connections.size());
		CSVRecord referral = connections.get(0);
		assertEquals(List.of("gp", "team", "Referral", "Severe", "Team lead", "yes", "gp"), List.of(referral.get("From"),
				referral.get("To"), referral.get("Type"), referral.get("Criteria"), referral.get("Decided by"), referral.get("Joint"),
				referral.get("If declined")));
	}
}

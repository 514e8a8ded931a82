package carepath.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import carepath.dsl.load.ModelSet;
import carepath.model.Model;
import carepath.testing.ExampleModels;

/** XMI back in: equal models, files referred to included, and no document type, entity or far file ever read. */
class XmiImportTest {

	/** The mental health examples exported as XMI into {@code folder}; the originals by file name. */
	private static Map<String, Model> exported(Path folder) throws Exception {
		ModelSet set = ExampleModels.load("mental-health");
		Map<String, Model> models = new LinkedHashMap<>();
		for (Model model : set.models()) {
			models.put(model.eResource().getURI().trimFileExtension().lastSegment(), model);
		}
		for (ExportedFile file : XmiExport.export(models)) {
			Files.write(folder.resolve(file.name()), file.content());
		}
		return models;
	}

	private static ImportResult read(Path file) throws Exception {
		return XmiImport.read(Files.readAllBytes(file), URI.createFileURI(file.toString()));
	}

	@Test
	void importOfExportGivesEqualModels(@TempDir Path folder) throws Exception {
		Map<String, Model> originals = exported(folder);
		ImportResult needs = read(folder.resolve("needs.xmi"));
		assertEquals(List.of(), needs.problems(), "the needs refer to no other file");
		assertTrue(new EcoreUtil.EqualityHelper().equals(originals.get("needs"), needs.model()));

		ImportResult journey = read(folder.resolve("sam-challenges.xmi"));
		Model original = originals.get("sam-challenges");
		List<EObject> own = new ArrayList<>(journey.model().getElements().subList(0, original.getElements().size()));
		assertTrue(new EcoreUtil.EqualityHelper().equals(new ArrayList<EObject>(original.getElements()), own),
				"the journey comes back equal, references to the persona, the ecosystem and the needs included");
		assertEquals(1, journey.problems().size());
		assertTrue(journey.problems().get(0).message().startsWith("refers to "), journey.problems().toString());
		assertTrue(journey.model().getElements().stream().anyMatch(e -> e.getName().equals("riverside")), "the system map is included");

		WrittenText written = WrittenText.of(journey.model());
		assertEquals(List.of(), written.errors(), written.text());
		assertTrue(written.text().contains("journey samChallenges"), written.text());
	}

	@Test
	void anExternalEntityIsRefusedAndNeverRead(@TempDir Path folder) throws Exception {
		String passwd = Files.exists(Path.of("/etc/passwd")) ? Files.readString(Path.of("/etc/passwd")).lines().findFirst().orElse("root:")
				: "root:";
		Path xmi = Files.writeString(folder.resolve("evil.xmi"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
				<carepath:Model xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:carepath="https://carepath.dev/model/1.0">
				  <elements xsi:type="carepath:Need" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="n" title="&e;"/>
				</carepath:Model>
				""");
		ImportException refused = assertThrows(ImportException.class, () -> read(xmi));
		assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
		assertTrue(refused.getMessage().startsWith("line 2, column "), refused.getMessage());
		assertFalse(refused.getMessage().contains(passwd), refused.getMessage());
	}

	@Test
	void aBillionLaughsIsRefusedToo(@TempDir Path folder) throws Exception {
		Path xmi = Files.writeString(folder.resolve("laughs.xmi"), """
				<?xml version="1.0"?>
				<!DOCTYPE m [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
				<carepath:Model xmlns:carepath="https://carepath.dev/model/1.0"><elements name="&b;"/></carepath:Model>
				""");
		assertTrue(assertThrows(ImportException.class, () -> read(xmi)).getMessage().contains("DOCTYPE"));
	}

	@Test
	void filesReferredToAreReadOnlyFromTheSameFolder(@TempDir Path folder) throws Exception {
		exported(folder);
		Path alone = Files.createDirectory(folder.resolve("alone"));
		Files.copy(folder.resolve("sam-challenges.xmi"), alone.resolve("sam-challenges.xmi"));
		ImportException missing = assertThrows(ImportException.class, () -> read(alone.resolve("sam-challenges.xmi")));
		assertTrue(missing.getMessage().startsWith("refers to "), missing.getMessage());
		assertTrue(missing.getMessage().endsWith("keep the XMI files exported together in one folder"), missing.getMessage());

		String far = Files.readString(folder.resolve("sam-challenges.xmi"), StandardCharsets.UTF_8).replace("href=\"sam.xmi#",
				"href=\"file:///etc/sam.xmi#");
		Path outside = Files.writeString(folder.resolve("far.xmi"), far);
		ImportException refused = assertThrows(ImportException.class, () -> read(outside));
		assertTrue(refused.getMessage().contains("only .xmi files in the same folder are read"), refused.getMessage());
	}

	@Test
	void notXmiGivesTheLineAndColumn(@TempDir Path folder) throws Exception {
		Path broken = Files.writeString(folder.resolve("broken.xmi"), "<?xml version=\"1.0\"?>\n<carepath:Model\n");
		ImportException notXml = assertThrows(ImportException.class, () -> read(broken));
		assertTrue(notXml.getMessage().matches("line \\d+, column \\d+: not a readable XMI file \\(.+\\)"), notXml.getMessage());

		Path other = Files.writeString(folder.resolve("other.xmi"), """
				<?xml version="1.0"?>
				<x:Thing xmlns:x="https://example.org/other"/>
				""");
		assertThrows(ImportException.class, () -> read(other));

		Path nameless = Files.writeString(folder.resolve("nameless.xmi"), """
				<?xml version="1.0"?>
				<carepath:Model xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:carepath="https://carepath.dev/model/1.0">
				  <elements xsi:type="carepath:Journey"/>
				</carepath:Model>
				""");
		ImportException invalid = assertThrows(ImportException.class, () -> read(nameless));
		assertTrue(invalid.getMessage().startsWith("the model breaks a rule of the metamodel: "), invalid.getMessage());
		assertTrue(invalid.getMessage().contains("'name'"), invalid.getMessage());

		Path outOfRange = Files.writeString(folder.resolve("score.xmi"), """
				<?xml version="1.0"?>
				<carepath:Model xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:carepath="https://carepath.dev/model/1.0">
				  <elements xsi:type="carepath:Persona" name="p"/>
				  <elements xsi:type="carepath:Journey" name="j" persona="#//@elements.0">
				    <stages name="s"><steps name="t"><personExperience score="5"/></steps></stages>
				  </elements>
				</carepath:Model>
				""");
		ImportException score = assertThrows(ImportException.class, () -> read(outOfRange));
		assertTrue(score.getMessage().startsWith("the model breaks a rule of the metamodel: ") && score.getMessage().contains("5"),
				score.getMessage());
	}
}

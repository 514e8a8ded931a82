package carepath.exchange;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An XMI file's references are read only from files really in its folder: a link there that leads
 * to a file elsewhere is refused like that file.
 */
class XmiLinkTest {

	@Test
	void aLinkedFileInTheFolderIsNotFollowed(@TempDir Path root) throws Exception {
		Path elsewhere = Files.createDirectory(root.resolve("elsewhere"));
		Files.writeString(elsewhere.resolve("needs.xmi"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<carepath:Model xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:carepath="https://carepath.dev/model/1.0">
				  <elements xsi:type="carepath:Need" name="secret" title="Read from elsewhere"/>
				</carepath:Model>
				""");
		Path folder = Files.createDirectory(root.resolve("folder"));
		Files.createSymbolicLink(folder.resolve("needs.xmi"), elsewhere.resolve("needs.xmi"));
		Path persona = Files.writeString(folder.resolve("persona.xmi"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<carepath:Model xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:carepath="https://carepath.dev/model/1.0">
				  <elements xsi:type="carepath:Persona" name="sam" needs="needs.xmi#//@elements.0"/>
				</carepath:Model>
				""");
		ImportException refused = assertThrows(ImportException.class,
				() -> XmiImport.read(Files.readAllBytes(persona), URI.createFileURI(persona.toString())));
		assertTrue(refused.getMessage().contains("only .xmi files in the same folder are read"), refused.getMessage());
	}
}

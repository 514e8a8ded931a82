package carepath.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import carepath.analysis.CheckSettings;
import carepath.analysis.WorkshopChecks;
import carepath.dsl.load.ModelSet;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.MapModel;
import carepath.report.WorkshopPack.PackFile;
import carepath.diagram.ParsedSources;

/** The pack's input from a loaded model set, as `carepath report` makes it, and its pages read back. */
final class PackFixtures {
	private PackFixtures() {
	}

	static PackInput input(ModelSet set) {
		List<Journey> journeys = set.elements(Journey.class);
		List<MapModel> maps = new ArrayList<>(journeys);
		maps.addAll(set.elements(Ecosystem.class));
		return new PackInput(maps, journeys, WorkshopChecks.run(set.resourceSet().getResources(), CheckSettings.DEFAULTS),
				ParsedSources.INSTANCE);
	}

	static PackFile file(List<PackFile> files, String name) {
		return files.stream().filter(f -> f.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + name + " in " + files.stream().map(PackFile::name).toList()));
	}

	/** The element with this id, or null (a page parsed without its DTD knows no ID attributes). */
	static Element byId(Document page, String id) {
		NodeList all = page.getElementsByTagNameNS("*", "*");
		for (int i = 0; i < all.getLength(); i++) {
			if (((Element) all.item(i)).getAttribute("id").equals(id)) {
				return (Element) all.item(i);
			}
		}
		return null;
	}

	/** The page parsed as XML, which also proves it well-formed; no DTD is fetched. */
	static Document parse(PackFile file) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file.content()));
		} catch (ParserConfigurationException | SAXException | IOException e) {
			throw new AssertionError(file.name() + " is not well-formed: " + e.getMessage(), e);
		}
	}
}

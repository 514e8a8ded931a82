package carepath.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import carepath.diagram.ParsedSources;
import carepath.analysis.Finding;
import carepath.diagram.Diagram;
import carepath.diagram.Diagrams;
import carepath.diagram.FindingIndex;
import carepath.diagram.SourceLocator;
import carepath.diagram.system.SystemMapGenerator.Grouping;
import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.ModelSet;
import carepath.dsl.load.Problem;
import carepath.dsl.validation.RecordedFindings;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.Persona;

/** What the fuzz targets share: loading text as the command line does, and the oracles. */
final class Models {
	/** Where the fuzzed file is said to be; nothing is read from or written to it. */
	static final URI FILE = URI.createFileURI("/nonexistent/carepath-fuzz/input.journey");

	/** A broken contract: Jazzer reports any Throwable that leaves a target as a finding. */
	static final class Violation extends AssertionError {
		private static final long serialVersionUID = 1L;

		Violation(String message) {
			super(message);
		}

		Violation(String message, Throwable cause) {
			super(message, cause);
		}
	}

	/** A model set with the input loaded and validated. */
	record Loaded(ModelSet set, List<Problem> problems) {
		boolean hasErrors() {
			return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
		}

		/** The workshop findings that validating recorded, as the command line gathers them. */
		List<Finding> findings() {
			List<Finding> findings = new ArrayList<>();
			for (Resource resource : set.resourceSet().getResources()) {
				findings.addAll(RecordedFindings.of(resource));
			}
			return findings;
		}
	}

	static {
		// as the command line's QuietLibraries: Xtext logs notes through log4j, PDFBox through java.util.logging
		org.apache.log4j.LogManager.getLoggerRepository().setThreshold(org.apache.log4j.Level.OFF);
		java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.OFF);
	}

	private Models() {
	}

	/** The bytes as the command line reads a file: UTF-8, strictly; null when they are not. */
	static String utf8(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			return null;
		}
	}

	/**
	 * Draws every view of every map of an input that checks without errors and hands each drawing
	 * to the check; the input's length chooses the system map's grouping, so both are fuzzed.
	 */
	static void forEachDrawing(byte[] data, BiConsumer<String, Diagram> check) {
		Loaded loaded = checked(data);
		if (loaded == null) {
			return;
		}
		Grouping grouping = (data.length & 1) == 0 ? Grouping.CATEGORY : Grouping.SETTING;
		for (Item item : views(loaded, grouping)) {
			check.accept(item.name(), item.diagram().get());
		}
	}

	/** The input as a model set that checks without errors, or null: only such files are drawn or packed, as the command line refuses the others. */
	static Loaded checked(byte[] data) {
		String text = utf8(data);
		if (text == null) {
			return null;
		}
		Loaded loaded = load(text);
		return loaded.hasErrors() ? null : loaded;
	}

	/** Parses and validates one file's text, as `carepath check FILE` does. */
	static Loaded load(String text) {
		ModelSet set = JourneyLanguage.newModelSet();
		set.add("input.journey", FILE, text);
		List<Problem> problems = set.validate();
		return new Loaded(set, problems);
	}

	/** Where elements are written, as the command line finds them. */
	static final SourceLocator LOCATOR = ParsedSources.INSTANCE;

	/** One diagram to draw, named as `carepath render` names its file. */
	record Item(String name, java.util.function.Supplier<Diagram> diagram) {
	}

	/** Every view of every map, as `carepath render` (RenderPlan) chooses them with no --view. */
	static List<Item> views(Loaded loaded, Grouping grouping) {
		ModelSet models = loaded.set();
		FindingIndex index = FindingIndex.drawn(loaded.findings());
		List<Journey> journeys = models.elements(Journey.class);
		List<Item> items = new ArrayList<>();
		for (Journey journey : journeys) {
			items.add(new Item(journey.getName() + ".journey", () -> Diagrams.journeyMap(journey, LOCATOR, index)));
			if (journey.getEcosystem() != null && !journey.getEcosystem().eIsProxy()) {
				items.add(new Item(journey.getName() + ".route", () -> Diagrams.route(journey, LOCATOR, index)));
			}
			if (journey.getImproves() instanceof Journey asIs && !asIs.eIsProxy()) {
				items.add(new Item(journey.getName() + ".compare", () -> Diagrams.comparison(journey, LOCATOR)));
			}
		}
		for (Ecosystem ecosystem : models.elements(Ecosystem.class)) {
			items.add(new Item(ecosystem.getName() + ".system", () -> Diagrams.systemMap(ecosystem, LOCATOR, index, grouping)));
			Persona persona = Diagrams.personaOf(ecosystem, journeys);
			items.add(new Item(ecosystem.getName() + ".needs", () -> Diagrams.needsMatrix(ecosystem, persona, LOCATOR)));
		}
		return items;
	}

	/** Parses XML with no DOCTYPE, no external entities: throws a Violation when it is not well-formed. */
	static void requireWellFormedXml(String what, byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(new DefaultHandler() {
				@Override
				public void error(org.xml.sax.SAXParseException e) throws SAXException {
					throw e;
				}

				@Override
				public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
					throw e;
				}
			});
			builder.parse(new ByteArrayInputStream(xml));
		} catch (SAXException e) {
			throw new Violation(what + " is not well-formed XML: " + e.getMessage(), e);
		} catch (ParserConfigurationException | IOException e) {
			throw new IllegalStateException(e);
		}
	}
}

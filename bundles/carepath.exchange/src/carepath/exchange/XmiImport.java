package carepath.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.xml.sax.SAXParseException;

import carepath.model.CarepathFactory;
import carepath.model.CarepathPackage;
import carepath.model.Model;
import carepath.model.NamedElement;

/**
 * Reads an XMI file written by `carepath export --format xmi` (or any EMF tool with Carepath's
 * metamodel) back into a model. The XML parser refuses document type declarations, so no entity
 * is ever expanded and nothing is fetched through one; other XMI files it refers to are read only
 * from its own folder. What those files hold is included, so the result stands on its own.
 */
public final class XmiImport {
	private static final long MAX_BYTES = 16L << 20;

	/** No DOCTYPE at all: this closes external entities, entity expansion and DTD fetching at once. */
	private static final Map<String, Boolean> SAFE_PARSER = Map.of(
			"http://apache.org/xml/features/disallow-doctype-decl", true,
			"http://xml.org/sax/features/external-general-entities", false,
			"http://xml.org/sax/features/external-parameter-entities", false,
			"http://apache.org/xml/features/nonvalidating/load-external-dtd", false,
			XMLConstants.FEATURE_SECURE_PROCESSING, true);

	private XmiImport() {
	}

	/** {@code location}: where the file is, so that the XMI files it refers to are found beside it. */
	public static ImportResult read(byte[] xmi, URI location) throws ImportException {
		ResourceSet resourceSet = resourceSet(location);
		Resource resource = resourceSet.createResource(location);
		try {
			resource.load(new ByteArrayInputStream(xmi), resourceSet.getLoadOptions());
		} catch (IOException | RuntimeException e) {
			throw new ImportException(describe(resource, e));
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Model)) {
			throw new ImportException("holds no Carepath model (expected one carepath:Model element, of " + CarepathPackage.eNS_URI + ")");
		}
		EcoreUtil.resolveAll(resourceSet);
		refuseUnresolved(resourceSet);
		List<Model> models = new ArrayList<>();
		List<String> others = new ArrayList<>();
		for (Resource each : resourceSet.getResources()) {
			if (each.getContents().size() == 1 && each.getContents().get(0) instanceof Model model) {
				models.add(model);
				if (each != resource) {
					others.add(each.getURI().lastSegment());
				}
			}
		}
		for (Model model : models) {
			refuseInvalid(model);
		}
		Model merged = CarepathFactory.eINSTANCE.createModel();
		for (Model copy : EcoreUtil.copyAll(models)) {
			merged.getElements().addAll(new ArrayList<>(copy.getElements()));
		}
		List<ImportProblem> problems = new ArrayList<>();
		if (!others.isEmpty()) {
			problems.add(new ImportProblem(1, "refers to " + String.join(", ", others)
					+ "; what they hold is written into the same .journey file, so that it checks on its own"));
		}
		return new ImportResult(merged, problems);
	}

	private static ResourceSet resourceSet(URI location) {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(CarepathPackage.eNS_URI, CarepathPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		resourceSet.setURIConverter(new BesideOnly(location));
		resourceSet.getLoadOptions().put(XMLResource.OPTION_PARSER_FEATURES, SAFE_PARSER);
		return resourceSet;
	}

	/** Other files are read only when they are .xmi files in the folder of the one imported (or below it). */
	private static final class BesideOnly extends ExtensibleURIConverterImpl {
		private final Path folder;

		BesideOnly(URI location) {
			this.folder = location.isFile() ? Path.of(location.toFileString()).toAbsolutePath().normalize().getParent() : null;
		}

		/**
		 * Compared as real paths, links resolved: a link in the folder that leads to a file elsewhere
		 * is refused like the file it leads to.
		 */
		@Override
		public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
			Path file = uri.isFile() ? Path.of(uri.toFileString()).toAbsolutePath().normalize() : null;
			if (folder == null || file == null || !"xmi".equals(uri.fileExtension()) || !Files.exists(file)
					|| !file.toRealPath().startsWith(folder.toRealPath())) {
				throw new IOException("only .xmi files in the same folder are read, not " + uri);
			}
			if (Files.size(file) > MAX_BYTES) {
				throw new IOException("larger than 16 MB; not read");
			}
			return super.createInputStream(uri, options);
		}
	}

	private static void refuseUnresolved(ResourceSet resourceSet) throws ImportException {
		Map<EObject, Collection<EStructuralFeature.Setting>> unresolved = EcoreUtil.UnresolvedProxyCrossReferencer.find(resourceSet);
		if (unresolved.isEmpty()) {
			return;
		}
		URI target = EcoreUtil.getURI(unresolved.keySet().iterator().next());
		Resource other = resourceSet.getResource(target.trimFragment(), false);
		String why = other == null || other.getErrors().isEmpty() ? "it has no such element" : other.getErrors().get(0).getMessage();
		throw new ImportException("refers to " + target.trimFragment().lastSegment() + ", which could not be read (" + why
				+ "); keep the XMI files exported together in one folder");
	}

	private static void refuseInvalid(Model model) throws ImportException {
		Diagnostic diagnostic = new NamingDiagnostician().validate(model);
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			Diagnostic first = firstError(diagnostic);
			throw new ImportException("the model breaks a rule of the metamodel: " + (first == null ? diagnostic.getMessage() : because(first)));
		}
	}

	private static Diagnostic firstError(Diagnostic diagnostic) {
		return diagnostic.getChildren().stream().filter(child -> child.getSeverity() >= Diagnostic.ERROR).findFirst().orElse(null);
	}

	/** "The feature 'score' of 'Experience' contains a bad value (The value '5' must be less than or equal to 2)". */
	private static String because(Diagnostic diagnostic) {
		Diagnostic detail = firstError(diagnostic);
		return detail == null ? diagnostic.getMessage() : diagnostic.getMessage() + " (" + because(detail) + ")";
	}

	/** Messages that name elements as a modeller knows them ("Service 'gp'"), not by Java identity. */
	private static final class NamingDiagnostician extends Diagnostician {
		@Override
		public String getObjectLabel(EObject object) {
			String kind = object.eClass().getName();
			return object instanceof NamedElement named && named.getName() != null ? kind + " '" + named.getName() + "'" : kind;
		}
	}

	/** Where the parser stopped, and why, in a sentence; the position when the parser gives one. */
	private static String describe(Resource resource, Exception failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SAXParseException sax) {
				return at(sax.getLineNumber(), sax.getColumnNumber(), sax.getMessage());
			}
			if (cause instanceof Resource.Diagnostic diagnostic) {
				return at(diagnostic.getLine(), diagnostic.getColumn(), diagnostic.getMessage());
			}
		}
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			return at(first.getLine(), first.getColumn(), first.getMessage());
		}
		return "not a readable XMI file (" + failure.getMessage() + ")";
	}

	private static String at(int line, int column, String message) {
		String why = message != null && message.contains("DOCTYPE")
				? "declares a document type (DOCTYPE), which could define entities that read other files; Carepath refuses it"
				: "not a readable XMI file (" + message + ")";
		return line > 0 ? "line " + line + ", column " + column + ": " + why : why;
	}
}

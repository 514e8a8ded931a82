package carepath.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import carepath.model.Model;

/**
 * The models as XMI, EMF's own interchange format: one `.xmi` file per `.journey` file, copied
 * together so that references between files become references between the XMI files, and any
 * EMF tool with Carepath's metamodel loads them back into equal models.
 */
public final class XmiExport {
	private XmiExport() {
	}

	/** {@code files}: each file's base name (unique) and its parsed model. */
	public static List<ExportedFile> export(Map<String, Model> files) {
		Collection<Model> copies = EcoreUtil.copyAll(files.values());
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		List<Resource> resources = new ArrayList<>();
		var names = new ArrayList<>(files.keySet());
		int index = 0;
		for (EObject copy : copies) {
			Resource resource = resourceSet.createResource(URI.createURI(names.get(index++) + ".xmi"));
			resource.getContents().add(copy);
			resources.add(resource);
		}
		List<ExportedFile> exported = new ArrayList<>();
		for (Resource resource : resources) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try {
				resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			exported.add(new ExportedFile(resource.getURI().toString(), out.toByteArray()));
		}
		return exported;
	}
}

package carepath.dsl.ide.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;

import carepath.analysis.Labels;
import carepath.dsl.load.ModelSet;
import carepath.model.CarepathPackage.Literals;
import carepath.model.Connection;
import carepath.model.NamedElement;

/**
 * Deletes a named element (a service, a need, a step...) with its lines. Where other lines refer
 * to it, in any file, the delete is refused with the list of those places, unless asked to remove
 * those references too: a connection to or from a deleted service goes with it, an `at`, `if
 * declined` or other single reference is left out, a name in a list (`meets`, `records`) is taken
 * out of it. The text is never left with a name that refers to nothing.
 */
public final class Delete {
	private Delete() {
	}

	/** One line that refers to the element: where, and what it is, in words. */
	public record Reference(String file, int line, String what) {
		@Override
		public String toString() {
			return file + ", line " + line + ": " + what;
		}
	}

	public static List<TextEdit> of(ProjectTexts project, String name, boolean withReferences) throws EditRefused {
		ModelSet set = project.parse();
		NamedElement target = Rename.find(set, name);
		Collection<EStructuralFeature.Setting> uses = uses(set, target);
		// Edits in every file that refers to the element; computed from the node model (NodeText):
		// the change serializer laid out whole blocks anew.
		return Edits.checked(project, set, target, "deleting " + name, (targetFile, targetText) -> {
			if (!uses.isEmpty() && !withReferences) {
				List<String> places = uses.stream().map(use -> reference(use, target).toString()).toList();
				throw new EditRefused("'" + name + "' is referred to in " + places.size() + (places.size() == 1 ? " place" : " places")
						+ " (" + String.join("; ", places) + "); delete those references too, or change them first");
			}
			List<EObject> removed = new ArrayList<>(List.of(target));
			for (EStructuralFeature.Setting use : uses) {
				EStructuralFeature feature = use.getEStructuralFeature();
				if ((feature == Literals.CONNECTION__SOURCE || feature == Literals.CONNECTION__TARGET) && !removed.contains(use.getEObject())) {
					removed.add(use.getEObject());
				}
			}
			List<TextEdit> edits = new ArrayList<>();
			for (EObject gone : removed) {
				URI file = gone.eResource().getURI();
				edits.add(NodeText.removal(file, project.text(file), gone));
			}
			for (EStructuralFeature.Setting use : uses) {
				EObject owner = use.getEObject();
				if (removed.stream().noneMatch(gone -> EcoreUtil.isAncestor(gone, owner))) {
					Edits.refuseSyntaxErrors((XtextResource) owner.eResource());
					URI file = owner.eResource().getURI();
					edits.add(NodeText.valueRemoval(file, project.text(file), owner, use.getEStructuralFeature(), target));
				}
			}
			Edits.refuseOverlaps(edits);
			return edits;
		});
	}

	/** Every line of every file that refers to the element or to anything inside it. */
	public static List<Reference> references(ProjectTexts project, String name) throws EditRefused {
		ModelSet set = project.parse();
		NamedElement target = Rename.find(set, name);
		return uses(set, target).stream().map(use -> reference(use, target)).toList();
	}

	private static Collection<EStructuralFeature.Setting> uses(ModelSet set, NamedElement target) {
		List<EStructuralFeature.Setting> uses = new ArrayList<>();
		Map<EObject, Collection<EStructuralFeature.Setting>> found = EcoreUtil.UsageCrossReferencer.findAll(List.of(target),
				set.resourceSet());
		for (Collection<EStructuralFeature.Setting> settings : found.values()) {
			for (EStructuralFeature.Setting use : settings) {
				if (!EcoreUtil.isAncestor(target, use.getEObject())) {
					uses.add(use);
				}
			}
		}
		return uses;
	}

	/** `sam-challenges.journey, line 6: step a: at cafe`, as the line is written. */
	private static Reference reference(EStructuralFeature.Setting use, NamedElement target) {
		EObject owner = use.getEObject();
		String where = owner instanceof Connection connection ? Labels.of(connection)
				: owner instanceof NamedElement named ? NodeText.kindWord(named, Literals.NAMED_ELEMENT__NAME) + " " + named.getName()
						: owner.eClass().getName().toLowerCase();
		NodeText.Written written = NodeText.writtenAs(owner, use.getEStructuralFeature(), target);
		return new Reference(owner.eResource().getURI().lastSegment(), written.line(), where + ": " + written.text());
	}
}

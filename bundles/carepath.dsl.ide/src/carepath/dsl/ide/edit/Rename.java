package carepath.dsl.ide.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.XtextResource;

import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.ModelSet;
import carepath.model.NamedElement;

/**
 * Renames an element, a need, persona, service, step or any other named element, and every
 * reference to it in every file of the project, as Xtext's rename does (docs/language.md: names
 * identify things so that other lines can refer to them). The name may be given plainly (`gp`)
 * or, where several elements share it, in full (`riverside.gp`). Refused with a reason when the
 * element is not found or not unique, its file has a syntax error, the new name is not a name, or
 * the project would check with an error it did not have (the name is taken).
 */
public final class Rename {
	private Rename() {
	}

	public static List<TextEdit> of(ProjectTexts project, String oldName, String newName) throws EditRefused {
		if (!Names.isName(newName)) {
			throw new EditRefused("'" + newName + "' is not a name: a name is one word of letters, digits and _ that does not start "
					+ "with a digit (docs/language.md)");
		}
		ModelSet set = project.parse();
		NamedElement target = find(set, oldName);
		if (target.getName().equals(newName)) {
			return List.of();
		}
		String before = target.getName();
		// The references are in every file; the serializer finds them.
		return Edits.checked(project, set, target, "renaming " + oldName + " to " + newName, (file, text) -> {
			List<TextEdit> edits = new ArrayList<>();
			for (TextEdit edit : ChangeSerializing.edits((XtextResource) target.eResource(), target, element -> element.setName(newName))) {
				edits.add(keepingQualifiedForm(project, edit, before, newName));
			}
			return edits;
		});
	}

	/**
	 * A reference the user wrote in full (`riverside.gp`) stays in full (`riverside.practice`, or
	 * `rs.gp` when the ecosystem is renamed): Xtext writes the shortest name that resolves, which
	 * is right but not what the person wrote.
	 */
	private static TextEdit keepingQualifiedForm(ProjectTexts project, TextEdit edit, String before, String after) {
		String written = project.text(edit.file()).substring(edit.offset(), edit.offset() + edit.length());
		if (!written.contains(".") || edit.text().contains(".")) {
			return edit;
		}
		String full = null;
		if (written.startsWith(before + ".")) {
			full = after + written.substring(before.length());
		} else if (written.endsWith("." + before)) {
			full = written.substring(0, written.length() - before.length()) + after;
		}
		return full == null ? edit : new TextEdit(edit.file(), edit.offset(), edit.length(), full);
	}

	/** The one element with this plain or full name. */
	static NamedElement find(ModelSet set, String name) throws EditRefused {
		IQualifiedNameProvider names = JourneyLanguage.injector().getInstance(IQualifiedNameProvider.class);
		boolean full = name.contains(".");
		List<NamedElement> found = new ArrayList<>();
		for (Resource resource : set.resourceSet().getResources()) {
			for (var contents = resource.getAllContents(); contents.hasNext();) {
				EObject next = contents.next();
				if (next instanceof NamedElement element && element.getName() != null) {
					QualifiedName qualified = names.getFullyQualifiedName(element);
					if (full ? qualified != null && qualified.toString().equals(name) : element.getName().equals(name)) {
						found.add(element);
					}
				}
			}
		}
		if (found.isEmpty()) {
			throw new EditRefused("nothing is named '" + name + "' in these files");
		}
		if (found.size() > 1) {
			List<String> fullNames = found.stream().map(element -> String.valueOf(names.getFullyQualifiedName(element))).toList();
			throw new EditRefused("'" + name + "' names " + found.size() + " elements (" + String.join(", ", fullNames)
					+ "); give the full name of the one to rename");
		}
		return found.get(0);
	}
}

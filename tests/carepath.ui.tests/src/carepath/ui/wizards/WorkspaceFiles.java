package carepath.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import carepath.dsl.load.ModelSet;
import carepath.dsl.load.Problem;
import carepath.ui.JourneyServices;

/** What the wizard tests share: the files made, their text, their errors when checked together, widgets. */
final class WorkspaceFiles {
	private WorkspaceFiles() {
	}

	/** The `.journey` files below {@code container}, at any depth. */
	static List<IFile> journeyFiles(IContainer container) throws CoreException {
		List<IFile> files = new ArrayList<>();
		container.accept(resource -> {
			if (resource instanceof IFile file && "journey".equals(file.getFileExtension())) {
				files.add(file);
			}
			return true;
		});
		return files;
	}

	static String read(IFile file) throws CoreException, IOException {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/**
	 * The errors of the files checked together as one model set, as the builder and `carepath
	 * check` do: syntax, names, the language's rules and the workshop checks (with their defaults).
	 */
	static List<String> errors(List<IFile> files) throws CoreException, IOException {
		ModelSet models = JourneyServices.newModelSet();
		for (IFile file : files) {
			models.add(file.getProjectRelativePath().toString(), URI.createPlatformResourceURI(file.getFullPath().toString(), true),
					read(file));
		}
		return models.validate().stream().filter(problem -> problem.severity() == Problem.Severity.ERROR)
				.map(Problem::toString).toList();
	}

	/** The first control of this type in the tree below {@code control}, depth first. */
	static <T extends Control> T find(Control control, Class<T> type) {
		if (type.isInstance(control)) {
			return type.cast(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}

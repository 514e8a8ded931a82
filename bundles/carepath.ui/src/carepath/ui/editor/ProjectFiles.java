package carepath.ui.editor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;

/**
 * The file an editor shows and the other `.journey` files it sees: those of its project in the
 * workspace, or of its folder when it was opened from outside one. The others are read as saved.
 */
final class ProjectFiles {
	private static final String EXTENSION = "journey";
	private final IEditorInput input;

	ProjectFiles(IEditorInput input) {
		this.input = input;
	}

	/** The edited file's URI, under which its unsaved text is parsed. */
	URI uri() {
		if (input instanceof IFileEditorInput file) {
			return URI.createPlatformResourceURI(file.getFile().getFullPath().toString(), true);
		}
		if (input instanceof IURIEditorInput uri) {
			return URI.createURI(uri.getURI().toString());
		}
		return URI.createURI("memory:/" + input.getName());
	}

	String name() {
		return input.getName();
	}

	/** The other files of the project (or folder), as saved. */
	List<SourceFile> others() {
		List<SourceFile> files = new ArrayList<>();
		if (input instanceof IFileEditorInput fileInput) {
			IFile edited = fileInput.getFile();
			try {
				edited.getProject().accept(resource -> {
					if (resource instanceof IFile file && EXTENSION.equals(file.getFileExtension()) && !file.equals(edited)) {
						files.add(new SourceFile(file.getName(),
								URI.createPlatformResourceURI(file.getFullPath().toString(), true), read(file)));
					}
					return resource.getType() != IResource.FILE;
				});
			} catch (CoreException e) {
				// an unreadable project member is left out; the edited file is still checked
			}
		} else if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
			Path edited = Path.of(uriInput.getURI());
			try (Stream<Path> siblings = Files.list(edited.getParent())) {
				siblings.filter(p -> p.toString().endsWith("." + EXTENSION) && !p.equals(edited)).sorted().forEach(p -> {
					try {
						files.add(new SourceFile(p.getFileName().toString(), URI.createFileURI(p.toString()),
								Files.readString(p, StandardCharsets.UTF_8)));
					} catch (IOException e) {
						// left out, as above
					}
				});
			} catch (IOException e) {
				// no folder to look in
			}
		}
		return files;
	}

	private static String read(IFile file) {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException | CoreException e) {
			return "";
		}
	}
}

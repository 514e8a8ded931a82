package carepath.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The example maps shipped inside this bundle: the build copies the repository's `examples`
 * folders (mental-health, heart-failure) into it, so there is one copy of them in the sources.
 */
public final class ExampleMaps {
	private static final String FOLDER = "examples";

	private ExampleMaps() {
	}

	/** The example files by their path below `examples/` (`mental-health/sam.journey`...), sorted. */
	public static Map<String, URL> files() {
		Bundle bundle = FrameworkUtil.getBundle(ExampleMaps.class);
		Map<String, URL> files = new TreeMap<>();
		Enumeration<URL> entries = bundle == null ? null : bundle.findEntries(FOLDER, "*.journey", true);
		while (entries != null && entries.hasMoreElements()) {
			URL entry = entries.nextElement();
			String path = entry.getPath();
			int start = path.indexOf(FOLDER + "/");
			if (start >= 0) {
				files.put(path.substring(start + FOLDER.length() + 1), entry);
			}
		}
		return files;
	}

	/**
	 * Copies the files into the project, in their folders. A file already there (a project made
	 * over an existing folder) is kept as it is, never overwritten; the paths of those are returned.
	 */
	public static List<String> copyInto(IProject project, Map<String, URL> files, IProgressMonitor monitor)
			throws CoreException, IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Copying the example maps", files.size());
		List<String> kept = new ArrayList<>();
		for (Map.Entry<String, URL> example : files.entrySet()) {
			IPath path = IPath.fromPortableString(example.getKey());
			createFolders(project, path.removeLastSegments(1), progress.split(0));
			IFile file = project.getFile(path);
			if (file.exists()) {
				kept.add(example.getKey());
				progress.worked(1);
				continue;
			}
			try (InputStream in = example.getValue().openStream()) {
				file.create(in, false, progress.split(1));
			}
		}
		return kept;
	}

	private static void createFolders(IProject project, IPath folders, IProgressMonitor monitor) throws CoreException {
		for (int count = 1; count <= folders.segmentCount(); count++) {
			IFolder folder = project.getFolder(folders.uptoSegment(count));
			if (!folder.exists()) {
				folder.create(false, true, monitor);
			}
		}
	}
}

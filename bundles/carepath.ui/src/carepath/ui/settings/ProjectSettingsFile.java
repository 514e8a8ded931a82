package carepath.ui.settings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.jobs.Job;

import carepath.analysis.SettingsFile;
import carepath.ui.builder.CarepathNature;

/**
 * The project's `carepath.properties`, in the project's folder: the file `carepath check` finds
 * for the project's maps, so the command line and the workbench use the same settings.
 */
public final class ProjectSettingsFile {
	private final IProject project;
	private final IFile file;

	public ProjectSettingsFile(IProject project) {
		this.project = project;
		this.file = project.getFile(SettingsFile.NAME);
	}

	public IFile file() {
		return file;
	}

	/** The file's text as it is on disk now, or "" when there is none yet. */
	public String read() throws CoreException, IOException {
		// Edited outside the workbench (by hand, by git) since the workspace last looked: read the disk.
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		if (!file.exists()) {
			return "";
		}
		try (InputStream in = file.getContents()) {
			byte[] bytes = in.readAllBytes();
			try {
				return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
			} catch (CharacterCodingException e) {
				throw new IOException(SettingsFile.NAME + " is not UTF-8 text", e);
			}
		}
	}

	/** Replaces the file's text (the old one stays in the local history), or creates the file. */
	public void write(String text) throws CoreException {
		ByteArrayInputStream contents = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(contents, IResource.KEEP_HISTORY, null);
		} else {
			file.create(contents, false, null);
		}
	}

	/** Checks the project's maps again, so that the Problems view shows the new severities. */
	public void recheck() {
		if (!CarepathNature.has(project)) {
			return;
		}
		ICoreRunnable build = monitor -> project.build(IncrementalProjectBuilder.FULL_BUILD, monitor);
		Job job = Job.create("Checking " + project.getName() + " with the new settings", build);
		job.setRule(project.getWorkspace().getRuleFactory().buildRule());
		job.schedule();
	}
}

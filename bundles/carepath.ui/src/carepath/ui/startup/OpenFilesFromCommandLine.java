package carepath.ui.startup;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Opens the {@code .journey} files given on the command line once the workbench is up.
 * {@link #earlyStartup()} runs on a background thread, so the editors are opened on the UI thread.
 */
public class OpenFilesFromCommandLine implements IStartup {
	@Override
	public void earlyStartup() {
		List<Path> files = CommandLineFiles.in(Platform.getApplicationArgs(), Path.of("").toAbsolutePath());
		if (files.isEmpty()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			IWorkbenchWindow window = window(workbench);
			if (window == null || window.getActivePage() == null) {
				return; // the workbench is closing
			}
			JourneyFileOpener opener = new JourneyFileOpener(window.getActivePage());
			files.forEach(opener::open);
		});
	}

	/** Without a window manager (Xvfb) no window may be active; the first one will do. */
	private static IWorkbenchWindow window(IWorkbench workbench) {
		IWorkbenchWindow active = workbench.getActiveWorkbenchWindow();
		if (active != null) {
			return active;
		}
		IWorkbenchWindow[] windows = workbench.getWorkbenchWindows();
		return windows.length > 0 ? windows[0] : null;
	}
}

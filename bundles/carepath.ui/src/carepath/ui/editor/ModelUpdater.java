package carepath.ui.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.service.OperationCanceledError;

/**
 * Re-parses and re-checks an editor's text on each pause in typing, off the UI thread. A newer
 * edit cancels the work on an older one; listeners hear of each finished snapshot on the UI thread.
 */
final class ModelUpdater {
	/** A pause this long ends a burst of typing. */
	static final long PAUSE_MS = 50;

	private final ProjectFiles files;
	private final Display display;
	private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
	private final Job job;
	private volatile String pendingText;
	private volatile long pendingVersion;
	private volatile Snapshot latest;

	ModelUpdater(ProjectFiles files, Display display) {
		this.files = files;
		this.display = display;
		this.job = Job.create("Checking " + files.name(), this::run);
		job.setSystem(true);
	}

	void textChanged(long version, String text) {
		pendingText = text;
		pendingVersion = version;
		job.cancel();
		job.schedule(PAUSE_MS);
	}

	/** The newest finished snapshot, or null before the first. */
	Snapshot latest() {
		return latest;
	}

	void addListener(Consumer<Snapshot> listener) {
		listeners.add(listener);
	}

	void removeListener(Consumer<Snapshot> listener) {
		listeners.remove(listener);
	}

	void dispose() {
		job.cancel();
		listeners.clear();
	}

	private IStatus run(IProgressMonitor monitor) {
		long version = pendingVersion;
		Snapshot snapshot;
		try {
			snapshot = Snapshots.take(version, files, pendingText, monitor::isCanceled);
		} catch (OperationCanceledError | OperationCanceledException cancelled) {
			return Status.CANCEL_STATUS; // a newer edit came in while checking
		}
		if (monitor.isCanceled() || version != pendingVersion) {
			return Status.CANCEL_STATUS;
		}
		latest = snapshot;
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (snapshot == latest) {
					listeners.forEach(listener -> listener.accept(snapshot));
				}
			});
		}
		return Status.OK_STATUS;
	}
}

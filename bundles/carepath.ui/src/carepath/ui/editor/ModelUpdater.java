package carepath.ui.editor;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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
 * edit cancels the work on an older one.
 */
final class ModelUpdater {
	/** A pause this long ends a burst of typing. */
	static final long PAUSE_MS = 50;
	/**
	 * Times the pauses: a job scheduled with a delay often starts 100 ms late, as the job
	 * manager wakes its workers coarsely, so the job is scheduled only once the pause is over.
	 */
	private static final ScheduledExecutorService PAUSES = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "Carepath typing pause");
		thread.setDaemon(true);
		return thread;
	});

	private final ProjectFiles files;
	private final Display display;
	private final List<Consumer<Snapshot>> listeners;
	private final List<Consumer<Snapshot>> backgroundListeners;
	private final Job job;
	private volatile String pendingText;
	private volatile long pendingVersion;
	private volatile Snapshot latest;
	private ScheduledFuture<?> pause;
	private volatile boolean disposed;

	/**
	 * Tells the listeners of each finished snapshot: those of the first list on the UI thread,
	 * those of the second at once on the checking job's thread, before the UI thread does (for
	 * work that follows from it, like drawing, and need not wait for the UI thread to be free).
	 * The lists are the caller's and may change while this runs.
	 */
	ModelUpdater(ProjectFiles files, Display display, List<Consumer<Snapshot>> listeners,
			List<Consumer<Snapshot>> backgroundListeners) {
		this.files = files;
		this.display = display;
		this.listeners = listeners;
		this.backgroundListeners = backgroundListeners;
		this.job = Job.create("Checking " + files.name(), this::run);
		job.setSystem(true);
	}

	synchronized void textChanged(long version, String text) {
		pendingText = text;
		pendingVersion = version;
		job.cancel();
		if (pause != null) {
			pause.cancel(false);
		}
		pause = PAUSES.schedule(() -> job.schedule(), PAUSE_MS, TimeUnit.MILLISECONDS);
	}

	/** The newest finished snapshot, or null before the first. */
	Snapshot latest() {
		return latest;
	}

	synchronized void dispose() {
		disposed = true;
		if (pause != null) {
			pause.cancel(false);
		}
		job.cancel();
	}

	private IStatus run(IProgressMonitor monitor) {
		long version = pendingVersion;
		Snapshot snapshot;
		try {
			snapshot = Snapshots.take(version, files, pendingText, monitor::isCanceled);
		} catch (OperationCanceledError | OperationCanceledException cancelled) {
			return Status.CANCEL_STATUS; // a newer edit came in while checking
		}
		if (monitor.isCanceled() || version != pendingVersion || disposed) {
			return Status.CANCEL_STATUS;
		}
		latest = snapshot;
		backgroundListeners.forEach(listener -> listener.accept(snapshot));
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (snapshot == latest && !disposed) {
					listeners.forEach(listener -> listener.accept(snapshot));
				}
			});
		}
		return Status.OK_STATUS;
	}
}

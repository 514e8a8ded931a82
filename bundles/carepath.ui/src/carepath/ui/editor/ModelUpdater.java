package carepath.ui.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * edit cancels the work on an older one; listeners hear of each finished snapshot on the UI thread.
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
	private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<Snapshot>> backgroundListeners = new CopyOnWriteArrayList<>();
	private final Job job;
	private volatile String pendingText;
	private volatile long pendingVersion;
	private volatile Snapshot latest;
	private ScheduledFuture<?> pause;

	ModelUpdater(ProjectFiles files, Display display) {
		this.files = files;
		this.display = display;
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

	void addListener(Consumer<Snapshot> listener) {
		listeners.add(listener);
	}

	void removeListener(Consumer<Snapshot> listener) {
		listeners.remove(listener);
	}

	/**
	 * Hears of each finished snapshot on the checking job's own thread, before the UI thread does:
	 * for work that follows from it (drawing) and need not wait for the UI thread to be free.
	 */
	void addBackgroundListener(Consumer<Snapshot> listener) {
		backgroundListeners.add(listener);
	}

	void removeBackgroundListener(Consumer<Snapshot> listener) {
		backgroundListeners.remove(listener);
	}

	synchronized void dispose() {
		if (pause != null) {
			pause.cancel(false);
		}
		job.cancel();
		listeners.clear();
		backgroundListeners.clear();
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
		backgroundListeners.forEach(listener -> listener.accept(snapshot));
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

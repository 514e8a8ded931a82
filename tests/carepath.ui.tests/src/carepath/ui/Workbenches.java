package carepath.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import carepath.testing.ExampleModels;
import carepath.ui.diagram.DiagramView;

/** What the workbench tests share: a project of examples, waiting while the UI runs, screenshots. */
public final class Workbenches {
	private Workbenches() {
	}

	/** The first window's page: under Xvfb without a window manager no window may be active. */
	public static IWorkbenchPage page() {
		return window().getActivePage();
	}

	public static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	/** A workspace project holding the files of one examples folder (made once, reused). */
	public static IProject exampleProject(String folder) throws CoreException, IOException {
		return exampleProject(folder, folder);
	}

	/** A project of its own, named {@code name}, for a test that saves changes to its files. */
	public static IProject exampleProject(String folder, String name) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (!project.exists()) {
			project.create(null);
			project.open(null);
			try (Stream<Path> files = Files.list(ExampleModels.folder().resolve(folder))) {
				for (Path file : files.sorted().toList()) {
					IFile target = project.getFile(file.getFileName().toString());
					target.create(new ByteArrayInputStream(Files.readAllBytes(file)), true, null);
				}
			}
		}
		return project;
	}

	/** The drawing the diagram view's page shows now; empty while the page is still loading. */
	public static String shownMarkup(DiagramView view) {
		Object html = view.browser().evaluate("var stage = document.getElementById('stage'); return stage ? stage.innerHTML : '';");
		return html == null ? "" : html.toString();
	}

	/** Runs the event loop until {@code condition} holds; fails after {@code timeout}. */
	public static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out waiting until " + what);
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new AssertionError("interrupted waiting until " + what);
				}
			}
		}
	}

	/** Lets the UI settle (layout, painting) for a while. */
	public static void idle(Duration duration) {
		long end = System.nanoTime() + duration.toNanos();
		waitUntil("idle", duration.plusSeconds(5), () -> System.nanoTime() >= end);
	}

	/** A picture of the workbench window, into target/screenshots (for docs and for looking at). */
	public static Path screenshot(String name) throws IOException {
		Display display = Display.getCurrent();
		Shell shell = window().getShell();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Path file = Path.of("target", "screenshots", name + ".png").toAbsolutePath();
			Files.createDirectories(file.getParent());
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}

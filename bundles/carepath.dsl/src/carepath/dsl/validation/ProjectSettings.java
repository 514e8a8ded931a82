package carepath.dsl.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import carepath.analysis.CheckSettings;
import carepath.analysis.SettingsFile;

/**
 * The check settings that apply to a resource: those attached to its resource set (the command
 * line and the workbench attach what they read), else the project's `carepath.properties` found
 * from the file's folder upwards, else the defaults.
 */
public final class ProjectSettings {
	private record Cached(FileTime modified, CheckSettings settings) {
	}

	private static final Map<Path, Cached> FILES = new ConcurrentHashMap<>();

	private static final class Attached extends AdapterImpl {
		final CheckSettings settings;

		Attached(CheckSettings settings) {
			this.settings = settings;
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == ProjectSettings.class;
		}
	}

	private ProjectSettings() {
	}

	/** Makes every resource of the set use these settings. */
	public static void attach(ResourceSet resourceSet, CheckSettings settings) {
		resourceSet.eAdapters().removeIf(adapter -> adapter.isAdapterForType(ProjectSettings.class));
		resourceSet.eAdapters().add(new Attached(settings));
	}

	public static CheckSettings of(Resource resource) {
		ResourceSet resourceSet = resource.getResourceSet();
		if (resourceSet != null) {
			for (Adapter adapter : resourceSet.eAdapters()) {
				if (adapter instanceof Attached attached) {
					return attached.settings;
				}
			}
		}
		return fromFile(resource.getURI()).orElse(CheckSettings.DEFAULTS);
	}

	private static Optional<CheckSettings> fromFile(URI given) {
		// In the workbench files are platform:/resource URIs; the platform resolves them to files.
		URI uri = given != null && given.isPlatformResource() ? CommonPlugin.resolve(given) : given;
		if (uri == null || !uri.isFile()) {
			return Optional.empty();
		}
		Optional<Path> file = SettingsFile.find(Path.of(uri.toFileString()));
		if (file.isEmpty()) {
			return Optional.empty();
		}
		try {
			FileTime modified = Files.getLastModifiedTime(file.get());
			Cached cached = FILES.get(file.get());
			if (cached == null || !cached.modified().equals(modified)) {
				// Lines that cannot be used are skipped here; `carepath check` reports them.
				cached = new Cached(modified, SettingsFile.read(file.get()).settings());
				FILES.put(file.get(), cached);
			}
			return Optional.of(cached.settings());
		} catch (IOException e) {
			return Optional.empty();
		}
	}
}

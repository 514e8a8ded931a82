package carepath.fuzz;

import java.util.ArrayList;
import java.util.List;

import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.MapModel;
import carepath.report.PackInput;
import carepath.report.WorkshopPack;
import carepath.report.WorkshopPack.PackFile;

/**
 * The workshop pack (`carepath report`): for a file that checks without errors and holds a map,
 * the HTML pack must be made, every file of it non-empty; with CAREPATH_FUZZ_PACK_PDF=1 (slow)
 * the PDF pack too.
 */
public final class WorkshopPackFuzzer {
	private static final boolean PDF = "1".equals(System.getenv("CAREPATH_FUZZ_PACK_PDF"));

	private WorkshopPackFuzzer() {
	}

	public static void fuzzerInitialize() {
		System.setProperty("java.awt.headless", "true");
		Models.load("need warmup \"Warm up\"\n");
	}

	public static void fuzzerTestOneInput(byte[] data) {
		Models.Loaded loaded = Models.checked(data);
		if (loaded == null) {
			return;
		}
		List<Journey> journeys = loaded.set().elements(Journey.class);
		List<MapModel> maps = new ArrayList<>(journeys);
		maps.addAll(loaded.set().elements(Ecosystem.class));
		if (maps.isEmpty()) {
			return; // "no journey or ecosystem to make a pack of"
		}
		WorkshopPack pack = new WorkshopPack(new PackInput(maps, journeys, loaded.findings(), Models.LOCATOR));
		check(pack.html());
		if (PDF) {
			check(pack.pdf());
		}
	}

	private static void check(List<PackFile> files) {
		if (files.isEmpty()) {
			throw new Models.Violation("a pack without files");
		}
		for (PackFile file : files) {
			if (file.name() == null || file.name().isEmpty() || file.content() == null || file.content().length == 0) {
				throw new Models.Violation("an empty pack file: " + file.name());
			}
		}
	}
}

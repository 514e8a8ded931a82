package carepath.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.common.util.URI;

import carepath.dsl.load.JourneyLanguage;
import carepath.dsl.load.ModelSet;

/**
 * Generates valid model sets of a chosen size for benchmarks: an ecosystem of services in
 * categories with referrals and signposts, and one long journey through it. Seeded, so a size
 * always gives the same text. Shared by the benchmarks of every test fragment.
 */
public final class SyntheticModels {
	private static final String[] SETTINGS = { "home", "community", "hospital", "residential", "online", "phone" };
	private static final String[] CHANNELS = { "face-to-face", "phone", "video", "online", "letter", "email" };
	private static final String[] PAINS = { "gap", "repetition", "waiting", "communication", "access", "coordination" };
	private static final String[] UNITS = { "days", "weeks", "hours" };

	private SyntheticModels() {
	}

	/** The generated files as one model set, under /synthetic/. */
	public static ModelSet load(Map<String, String> files) {
		ModelSet set = JourneyLanguage.newModelSet();
		files.forEach((name, text) -> set.add(name, URI.createFileURI("/synthetic/" + name), text));
		return set;
	}

	/** The size the benchmarks' targets are set for: 1,000 services, 3,000 connections, 500 steps. */
	public static Map<String, String> large() {
		return generate(1000, 3000, 500, 42);
	}

	/** File name to text: needs and systems, a persona, the ecosystem, the journey. */
	public static Map<String, String> generate(int services, int connections, int steps, long seed) {
		Random random = new Random(seed);
		int needs = 20;
		int categories = Math.max(1, services / 50);
		Map<String, String> files = new LinkedHashMap<>();

		StringBuilder basics = new StringBuilder();
		for (int n = 0; n < needs; n++) {
			basics.append("need need").append(n).append(" \"Need number ").append(n).append("\"\n");
		}
		for (int s = 0; s < 10; s++) {
			basics.append("system system").append(s).append(" \"Record system ").append(s).append("\"\n");
		}
		files.put("basics.journey", basics.toString());
		files.put("persona.journey", "persona person \"A person\" {\n  about \"Generated\"\n  needs need0, need1, need2\n  goal \"Get help\"\n  trait age \"50\"\n}\n");

		StringBuilder map = new StringBuilder("ecosystem area \"Generated area\" {\n  state as-is\n");
		for (int c = 0; c < categories; c++) {
			map.append("  category cat").append(c).append(" \"Category ").append(c).append("\"\n");
		}
		for (int s = 0; s < services; s++) {
			map.append("  service svc").append(s).append(" \"Service ").append(s).append("\" in cat").append(s % categories)
					.append(" {\n    sector statutory\n    setting ").append(SETTINGS[random.nextInt(SETTINGS.length)])
					.append("\n    provides \"Support of kind ").append(s).append("\"\n    access \"Referral needed\"\n    meets need")
					.append(random.nextInt(needs)).append(", need").append(random.nextInt(needs)).append("\n    records system")
					.append(random.nextInt(10)).append("\n  }\n");
		}
		for (int c = 0; c < connections; c++) {
			int from = random.nextInt(services);
			int to = (from + 1 + random.nextInt(services - 1)) % services;
			if (c % 3 == 0) {
				int declined = (to + 1 + random.nextInt(services - 1)) % services;
				if (declined == to) {
					declined = (to + 1) % services;
				}
				map.append("  referral svc").append(from).append(" -> svc").append(to)
						.append(" {\n    criteria \"Meets the criteria\"\n    decided by \"Duty worker\"\n    if declined -> svc")
						.append(declined).append("\n  }\n");
			} else if (c % 3 == 1) {
				map.append("  signpost svc").append(from).append(" -> svc").append(to).append(" { supported }\n");
			} else {
				map.append("  referral svc").append(from).append(" -> svc").append(to).append("\n");
			}
		}
		files.put("map.journey", map.append("}\n").toString());

		StringBuilder journey = new StringBuilder(
				"journey trip \"Generated journey\" {\n  persona person\n  ecosystem area\n  shows challenges\n  state as-is\n");
		int stepsPerStage = 10;
		for (int s = 0; s < steps; s++) {
			if (s % stepsPerStage == 0) {
				if (s > 0) {
					journey.append("  }\n");
				}
				journey.append("  stage stage").append(s / stepsPerStage).append(" \"Stage ").append(s / stepsPerStage).append("\" {\n");
			}
			journey.append("    step step").append(s).append(" \"Step ").append(s).append("\" {\n      at svc")
					.append(random.nextInt(services)).append(" via ").append(CHANNELS[random.nextInt(CHANNELS.length)])
					.append("\n      by \"Worker\"\n      gathers \"History\", \"Address\" in system").append(random.nextInt(10))
					.append("\n      person feels ").append(random.nextInt(5) - 2).append(" \"A quote\"\n      professional feels ")
					.append(random.nextInt(5) - 2).append("\n      pain ").append(PAINS[random.nextInt(PAINS.length)])
					.append(" \"Something went wrong\"\n      idea \"Do better\"\n      waits ").append(1 + random.nextInt(5))
					.append(' ').append(UNITS[random.nextInt(UNITS.length)]).append("\n    }\n");
		}
		if (steps > 0) {
			journey.append("  }\n");
		}
		files.put("journey.journey", journey.append("}\n").toString());
		return files;
	}
}

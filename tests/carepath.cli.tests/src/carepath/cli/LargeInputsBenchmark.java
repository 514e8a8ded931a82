package carepath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The input shapes an outside attack found too slow, each at two sizes through the command as a
 * user runs it: growth should be about linear (twice the input, about twice the time) and the
 * larger size under 5 s on the 2-core machine. Not part of `./dev test`: it prints figures and
 * asserts only that each run succeeds or fails as it should.
 */
class LargeInputsBenchmark {

	@TempDir
	Path folder;

	@Test
	void sheetImport() throws IOException {
		measure("import of a system map sheet (services + a referral chain)", 10_000, n -> {
			StringBuilder csv = new StringBuilder("kind,name,title,from,to\n");
			for (int i = 0; i < n; i++) {
				csv.append("service,s").append(i).append(",Service ").append(i).append(",,\n");
			}
			for (int i = 0; i + 1 < n; i++) {
				csv.append("referral,,,s").append(i).append(",s").append(i + 1).append('\n');
			}
			return run(write("sheet" + n + ".csv", csv), 0, "import", "--force");
		});
	}

	@Test
	void checkOfAReferralChain() throws IOException {
		measure("check of a chain of services linked by referrals", 10_000, n -> {
			StringBuilder text = new StringBuilder("ecosystem chain {\n");
			for (int i = 0; i < n; i++) {
				text.append("  service s").append(i).append(" \"Service ").append(i).append("\"\n");
			}
			for (int i = 0; i + 1 < n; i++) {
				text.append("  referral s").append(i).append(" -> s").append(i + 1).append('\n');
			}
			return run(write("chain" + n + ".journey", text.append("}\n")), 0, "check");
		});
	}

	@Test
	void checkOfUnclosedBlocks() throws IOException {
		measure("check of a file of unclosed blocks (bytes)", 550_000, n -> {
			StringBuilder text = new StringBuilder();
			for (int i = 0; text.length() < n; i++) {
				text.append("ecosystem e").append(i).append(" \"E\" { service a").append(i).append(" \"A\" { provides \"x\"\n");
			}
			return run(write("unclosed" + n + ".journey", text), 1, "check");
		});
	}

	@Test
	void pdfOfASystemMapWithLongQuotes() throws IOException {
		measure("PDF of a 20-service system map (characters per quote)", 5_000, n -> {
			String quote = "x".repeat(n);
			StringBuilder text = new StringBuilder("ecosystem big {\n");
			for (int i = 0; i < 20; i++) {
				text.append("  service s").append(i).append(" \"Service ").append(i).append("\" { provides \"").append(quote)
						.append("\" access \"").append(quote).append("\" }\n");
			}
			for (int i = 0; i + 1 < 20; i++) {
				text.append("  referral s").append(i).append(" -> s").append(i + 1).append(" { criteria \"").append(quote).append("\" }\n");
			}
			Path model = write("quotes" + n + ".journey", text.append("}\n"));
			return run(model, 0, "render", "--view", "system", "--format", "pdf", "-o", folder.resolve("out" + n).toString());
		});
	}

	@Test
	void xmiImport() throws IOException {
		measure("import of an XMI file (services)", 20_000, n -> {
			StringBuilder text = new StringBuilder("ecosystem chain {\n");
			for (int i = 0; i < n; i++) {
				text.append("  service s").append(i).append(" \"Service ").append(i)
						.append("\" { provides \"Assessment and onward referral\" access \"Aged 16 or over\" }\n");
			}
			for (int i = 0; i + 1 < n; i++) {
				text.append("  referral s").append(i).append(" -> s").append(i + 1).append(" { criteria \"Moderate need\" }\n");
			}
			Path model = write("xmi" + n + ".journey", text.append("}\n"));
			Path out = folder.resolve("xmi" + n);
			assertEquals(0, CliRun.of("export", model.toString(), "--format", "xmi", "-o", out.toString()).exit());
			Path xmi;
			try (var files = Files.list(out)) {
				xmi = files.filter(file -> file.toString().endsWith(".xmi")).findFirst().orElseThrow();
			}
			long bytes = Files.size(xmi);
			long millis = run(xmi, 0, "import", "-o", folder.resolve("back" + n + ".journey").toString(), "--force");
			System.out.printf("    (%,d services: %.1f MB of XMI)%n", n, bytes / 1e6);
			return millis;
		});
	}

	private interface Sized {
		long millis(int size) throws IOException;
	}

	/** Runs once small to warm up, then at the size and at twice it; prints both and their ratio. */
	private static void measure(String what, int size, Sized run) throws IOException {
		run.millis(size / 10);
		long once = run.millis(size);
		long twice = run.millis(2 * size);
		System.out.printf("%s: %,d -> %,d ms, %,d -> %,d ms (x%.1f for twice the input; target: about x2, under 5,000 ms)%n",
				what, size, once, 2 * size, twice, (double) twice / Math.max(1, once));
	}

	private Path write(String name, CharSequence content) throws IOException {
		return Files.writeString(folder.resolve(name), content);
	}

	private static long run(Path input, int exit, String command, String... options) {
		String[] args = new String[options.length + 2];
		args[0] = command;
		args[1] = input.toString();
		System.arraycopy(options, 0, args, 2, options.length);
		long start = System.nanoTime();
		CliRun result = CliRun.of(args);
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertEquals(exit, result.exit(), result.err());
		return millis;
	}
}

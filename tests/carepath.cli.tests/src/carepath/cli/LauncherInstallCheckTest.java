package carepath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's check for fontconfig (releng/ensure-fontconfig.sh, sourced by ./carepath under
 * pipefail) finds an installed library every time: it used `ldconfig -p | grep -q`, whose early
 * exit broke ldconfig's pipe, so the library looked missing now and then and an ordinary call ran
 * apt-get as root. Here ldconfig is a stand-in that lists the library first and then much more.
 */
class LauncherInstallCheckTest {

	@Test
	void anInstalledLibraryIsFoundEveryTime(@TempDir Path folder) throws Exception {
		Path bin = Files.createDirectories(folder.resolve("bin"));
		Path installed = folder.resolve("apt-get-was-run");
		script(bin.resolve("ldconfig"), "#!/bin/sh\necho '\tlibfontconfig.so.1 (libc6,x86-64) => /lib/libfontconfig.so.1'\nexec seq 1 200000\n");
		script(bin.resolve("apt-get"), "#!/bin/sh\ntouch '" + installed + "'\n");
		script(bin.resolve("id"), "#!/bin/sh\necho 0\n");
		Path helper = Path.of("../../releng/ensure-fontconfig.sh").toAbsolutePath().normalize();
		assertEquals(true, Files.isRegularFile(helper), helper.toString());
		Process bash = new ProcessBuilder("bash", "-c",
				"set -euo pipefail; PATH='" + bin + "':\"$PATH\"; . '" + helper + "'; for i in $(seq 1 50); do ensure_fontconfig; done")
				.redirectErrorStream(true).start();
		String output = new String(bash.getInputStream().readAllBytes());
		bash.waitFor(60, TimeUnit.SECONDS);
		assertEquals(0, bash.exitValue(), output);
		assertFalse(Files.exists(installed), "apt-get ran although the library is there:\n" + output);
	}

	private static void script(Path file, String content) throws Exception {
		Files.writeString(file, content);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
	}
}

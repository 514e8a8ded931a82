package carepath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/**
 * No library's log line reaches the user: Xtext's log4j notes (its own configuration sends INFO
 * to standard output) and java.util.logging (PDFBox, OpenHTMLtoPDF) are silenced by the command.
 */
class LibraryLogLinesTest {

	@Test
	void xtextNotesAreNotWrittenAnywhere(@TempDir Path folder) throws Exception {
		Path model = Files.writeString(folder.resolve("m.journey"), "ecosystem e {\n  service a\n  referral a -> b\n}\n");
		List<String> logged = new ArrayList<>();
		AppenderSkeleton listener = new AppenderSkeleton() {
			@Override
			protected void append(LoggingEvent event) {
				logged.add(event.getRenderedMessage());
			}

			@Override
			public boolean requiresLayout() {
				return false;
			}

			@Override
			public void close() {
			}
		};
		Logger xtext = Logger.getLogger("org.eclipse.xtext");
		xtext.addAppender(listener);
		try {
			CliRun run = CliRun.of("check", "--format", "json", model.toString());
			assertEquals(1, run.exit());
			JsonParser.parseString(run.out()); // the whole of standard output is one JSON document
			Logger.getLogger("org.eclipse.xtext.linking").info("a note as Xtext writes them");
			assertEquals(List.of(), logged);
		} finally {
			xtext.removeAppender(listener);
		}
	}

	@Test
	void javaUtilLoggingIsSilenced() {
		CliRun.of("--help");
		java.util.logging.Logger pdfbox = java.util.logging.Logger.getLogger("org.apache.pdfbox.pdmodel.font");
		assertTrue(!pdfbox.isLoggable(java.util.logging.Level.WARNING));
	}
}

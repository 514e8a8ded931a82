package carepath.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import carepath.analysis.Labels;
import carepath.diagram.MissingGlyphs;
import carepath.diagram.TextMeasurer;

/**
 * The workshop pack: one self-contained page per journey and per ecosystem (the maps, their
 * figures, the findings under the workshop questions, the as-is/to-be comparison, the discussion
 * prompts), and an index of them; as HTML, or as PDF on A3 landscape.
 */
public final class WorkshopPack {
	/** One file of the pack. */
	public record PackFile(String name, byte[] content) {
	}

	static {
		// OpenHTMLtoPDF's progress notes (INFO lines on the console) are not for the pack's readers; failures still throw.
		XRLog.setLoggingEnabled(false);
	}

	private final PackInput input;
	/** Made once, so that the HTML and the PDF of one pack draw and check each map once. */
	private final List<MapPage> pages;

	public WorkshopPack(PackInput input) {
		this.input = input;
		MapPages maps = new MapPages(input);
		this.pages = input.maps().stream().map(maps::of).toList();
	}

	public static List<PackFile> html(PackInput input) {
		return new WorkshopPack(input).html();
	}

	public static List<PackFile> pdf(PackInput input) {
		return new WorkshopPack(input).pdf();
	}

	/** A page per map and the index, as self-contained HTML. */
	public List<PackFile> html() {
		PackPageWriter writer = new PackPageWriter(new InlineSvg(), input.locator(), PackFonts.EMBEDDED);
		List<PackFile> files = new ArrayList<>();
		for (MapPage page : pages) {
			files.add(new PackFile(page.fileName(), writer.write(page).getBytes(StandardCharsets.UTF_8)));
		}
		files.add(new PackFile(PackIndex.BASE_NAME + ".html", PackIndex.write(input.maps(), writer).getBytes(StandardCharsets.UTF_8)));
		return files;
	}

	/** A PDF per map, on A3 landscape. */
	public List<PackFile> pdf() {
		List<PackFile> files = new ArrayList<>();
		for (MapPage page : pages) {
			PdfDrawings drawings = new PdfDrawings();
			String html = new PackPageWriter(drawings, input.locator(), PackFonts.NONE).write(page);
			files.add(new PackFile(MapPage.baseName(page.map()) + ".pdf",
					pdf(MissingGlyphs.shownAsBoxes(html), drawings, Labels.of(page.map()))));
		}
		return files;
	}

	private static byte[] pdf(String html, PdfDrawings drawings, String title) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		// Its progress notes would otherwise go to the console; failures still throw.
		builder.withDiagnosticConsumer(diagnostic -> {
		});
		builder.withHtmlContent(html, null);
		builder.useObjectDrawerFactory(drawings);
		FSSupplier<InputStream> regular = () -> TextMeasurer.fontFile(false);
		FSSupplier<InputStream> bold = () -> TextMeasurer.fontFile(true);
		builder.useFont(regular, TextMeasurer.FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(bold, TextMeasurer.FAMILY, 700, FontStyle.NORMAL, true);
		// The pack is made only of what Carepath wrote: nothing outside it is fetched.
		builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.toStream(out);
		try {
			builder.run();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}

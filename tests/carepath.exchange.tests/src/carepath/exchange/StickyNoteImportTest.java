package carepath.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import carepath.model.Ecosystem;
import carepath.model.Service;

/** Miro and Mural sticky notes: services grouped as on the board, markup made text, bad rows reported, duplicates merged. */
class StickyNoteImportTest {
	/** The header of Mural's CSV export of a mural's sticky notes. */
	static final String MURAL_HEADER = "ID,Text,BG Color,Sticky type,Border line,Position X,Position Y,Area,Link to,"
			+ "Last Updated By,Last Updated,Last Content Edited By,Last Content Edited,Tags,Integration Labels\n";

	private static Ecosystem ecosystem(ImportResult result) {
		return (Ecosystem) result.model().getElements().get(0);
	}

	private static List<String> titles(Ecosystem map) {
		return map.getServices().stream().map(Service::getTitle).toList();
	}

	@Test
	void miroNotesBecomeServicesInTheirFrames() {
		ImportResult result = StickyNoteImport.read("""
				Type,Content,Frame,Tags,Color
				sticky_note,<p>GP practice</p><p>Assessment &amp; prescribing</p>,Health,,yellow
				shape,<p>Legend</p>,Health,,
				sticky_note,<p>Recovery cafe</p>,Community,peer,green
				sticky_note,<p></p>,Community,,green
				sticky_note,<p>gp  practice</p><p>Repeat prescriptions</p>,Health,,yellow
				sticky_note,<p><strong>Food bank</strong> &lt;b&gt;open Fridays&lt;/b&gt; a < b</p>,,,
				""", StickyNoteImport.Board.MIRO, "Riverside workshop");
		assertEquals(List.of(new ImportProblem(5, "an empty note; the row was skipped"),
				new ImportProblem(6, "the same note as on line 2; merged into one service")), result.problems());
		Ecosystem map = ecosystem(result);
		assertEquals("riversideWorkshop", map.getName());
		assertEquals(List.of("GP practice", "Recovery cafe", "Food bank <b>open Fridays</b> a < b"), titles(map),
				"the shape is not a note; markup written as text in the note stays text");
		Service gp = map.getServices().get(0);
		assertEquals("gpPractice", gp.getName());
		assertEquals(List.of("Assessment & prescribing", "Repeat prescriptions"), gp.getProvides());
		assertEquals(List.of("health", "community"), map.getCategories().stream().map(c -> c.getName()).toList());
		assertEquals("Community", map.getServices().get(1).getCategory().getTitle());
		assertNull(map.getServices().get(2).getCategory(), "a note outside the frames has no category");
	}

	@Test
	void muralNotesByTagWhenNoAreaIsUsed() {
		ImportResult result = StickyNoteImport.read(MURAL_HEADER + """
				a1,"Recovery cafe
				Peer support
				Open Tuesdays",#AAED92,Rectangle,,10,20,,,,,,,"third sector, peer",
				a2,Housing options,#FCF281,Rectangle,,30,20,,,,,,,council,
				a3,  ,#FCF281,Rectangle,,50,20,,,,,,,,
				""", StickyNoteImport.Board.MURAL, "board");
		assertEquals(List.of(new ImportProblem(4, "an empty note; the row was skipped")), result.problems(),
				"lines are the sheet's rows as a spreadsheet numbers them, a note with line breaks being one row");
		Ecosystem map = ecosystem(result);
		assertEquals(List.of("Recovery cafe", "Housing options"), titles(map));
		assertEquals(List.of("Peer support", "Open Tuesdays"), map.getServices().get(0).getProvides());
		assertEquals("third sector", map.getServices().get(0).getCategory().getTitle(), "the first tag");
		assertEquals("council", map.getServices().get(1).getCategory().getTitle());
	}

	@Test
	void muralAreasFirstAndColourLast() {
		ImportResult byArea = StickyNoteImport.read(MURAL_HEADER + """
				a1,GP,#FCF281,Rectangle,,0,0,Clinical,,,,,,tagged,
				""", StickyNoteImport.Board.MURAL, "board");
		assertEquals("Clinical", ecosystem(byArea).getServices().get(0).getCategory().getTitle());
		ImportResult byColour = StickyNoteImport.read(MURAL_HEADER + """
				a1,GP,#FCF281,Rectangle,,0,0,,,,,,,,
				a2,Cafe,#AAED92,Rectangle,,0,0,,,,,,,,
				""", StickyNoteImport.Board.MURAL, "board");
		Ecosystem map = ecosystem(byColour);
		assertEquals(List.of("colourFcf281", "colourAaed92"), map.getCategories().stream().map(c -> c.getName()).toList());
		assertEquals("Colour #FCF281", map.getServices().get(0).getCategory().getTitle());
	}

	@Test
	void withoutTheTextColumnNothingIsRead() {
		ImportResult result = StickyNoteImport.read("ID,Note\n1,GP\n", StickyNoteImport.Board.MURAL, "board");
		assertEquals(List.of(new ImportProblem(1, "the first row must name the columns, with 'text' among them")), result.problems());
		assertTrue(ecosystem(result).getServices().isEmpty());
		ImportResult unclosed = StickyNoteImport.read("Content\n<p>GP</p>\n\"<p>Cafe\n", StickyNoteImport.Board.MIRO, "board");
		assertEquals(1, unclosed.problems().size());
		assertTrue(unclosed.problems().get(0).message().startsWith("not a readable CSV file ("), unclosed.problems().toString());
	}

	@Test
	void theWrittenTextChecksWithoutErrors() {
		ImportResult result = StickyNoteImport.read("""
				Content,Frame
				"<p>Service ""quoted""</p><p>line \\ two</p>",In
				<p>in</p>,In
				<p>123 Helpline</p>,Community
				<p>Café für alle</p>,community
				""", StickyNoteImport.Board.MIRO, "2024 workshop");
		WrittenText written = WrittenText.of(result.model());
		assertEquals(List.of(), written.errors(), written.text());
		assertTrue(written.text().contains("service service123Helpline \"123 Helpline\" in community"), written.text());
		assertTrue(written.text().contains("provides \"line \\\\ two\""), written.text());
	}
}

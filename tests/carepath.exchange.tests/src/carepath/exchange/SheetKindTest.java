package carepath.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Sheets are told apart by the names in their first row, whatever the case, order or byte order mark. */
class SheetKindTest {

	@Test
	void eachSheetByItsColumns() {
		assertEquals(SheetKind.SYSTEM_MAP, SheetKind.of("Name,Kind,Title\n"));
		assertEquals(SheetKind.JOURNEY_STEPS, SheetKind.of("stage,Step,service\n"));
		assertEquals(SheetKind.MURAL, SheetKind.of("\uFEFF" + StickyNoteImportTest.MURAL_HEADER));
		assertEquals(SheetKind.MIRO, SheetKind.of("Type,Content,Frame\n"));
		assertEquals(SheetKind.MIRO, SheetKind.of("\"Content\"\n<p>GP</p>\n"));
	}

	@Test
	void anythingElseIsUnknown() {
		assertEquals(SheetKind.UNKNOWN, SheetKind.of("Text,Author\n"), "Text alone could be any sheet");
		assertEquals(SheetKind.UNKNOWN, SheetKind.of(""));
		assertEquals(SheetKind.UNKNOWN, SheetKind.of("\"unclosed,quote\n"));
	}
}

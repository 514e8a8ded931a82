package carepath.exchange;

/** Reads any CSV sheet Carepath knows, choosing the reader by the sheet's first row ({@link SheetKind}). */
public final class SheetImport {
	private SheetImport() {
	}

	public static ImportResult read(String csv, String mapTitle) throws ImportException {
		String text = SheetKind.withoutByteOrderMark(csv);
		SheetRows.requireReadable(text);
		return switch (SheetKind.of(text)) {
		case SYSTEM_MAP -> EcosystemSheetImport.read(text, mapTitle);
		case JOURNEY_STEPS -> JourneySheetImport.read(text, mapTitle);
		case MIRO -> StickyNoteImport.read(text, StickyNoteImport.Board.MIRO, mapTitle);
		case MURAL -> StickyNoteImport.read(text, StickyNoteImport.Board.MURAL, mapTitle);
		case UNKNOWN -> throw new ImportException("line 1: the columns of the first row are not those of a sheet Carepath reads: "
				+ "a system map sheet has 'kind', a journey sheet 'step', a Mural export 'Text' and 'Area', "
				+ "a Miro export 'Content' (see docs/exchange.md)");
		};
	}
}

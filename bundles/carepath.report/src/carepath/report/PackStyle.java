package carepath.report;

/**
 * The pack's style sheet: plain CSS 2.1 that both browsers and the PDF renderer follow, A3
 * landscape pages when printed, each drawing and each part of the discussion on a page of its own.
 */
final class PackStyle {
	private PackStyle() {
	}

	static final String CSS = """
			@page { size: A3 landscape; margin: 12mm; }
			html { font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 10.5pt; color: #212121; }
			body { margin: 0 auto; padding: 12px 20px; max-width: 1600px; }
			h1 { font-size: 22pt; margin: 2px 0 6px 0; }
			h2 { font-size: 15pt; margin: 18px 0 6px 0; border-bottom: 2px solid #37474f; padding-bottom: 2px; }
			h3 { font-size: 11.5pt; margin: 12px 0 4px 0; }
			a { color: #1565c0; }
			.kind { text-transform: uppercase; letter-spacing: 1px; color: #546e7a; font-size: 9pt; margin: 0; }
			.badge { display: inline-block; border: 1px solid #37474f; border-radius: 9px; padding: 1px 8px; margin-right: 6px; font-size: 9pt; }
			.fact { margin: 4px 0; }
			.persona { border: 1px solid #b0bec5; background-color: #f5f7f8; padding: 4px 14px 8px 14px; margin: 10px 0; }
			.persona h2 { border: none; font-size: 13pt; margin-top: 6px; }
			.persona h3 { font-size: 10pt; color: #455a64; margin: 6px 0 2px 0; }
			.persona ul { margin: 0; padding-left: 18px; }
			nav ul { list-style: none; padding: 0; margin: 10px 0; }
			nav li { display: inline; margin-right: 16px; }
			table { border-collapse: collapse; margin: 6px 0; }
			th, td { border-bottom: 1px solid #cfd8dc; padding: 3px 12px 3px 0; text-align: left; vertical-align: top; }
			td { text-align: right; }
			thead th { border-bottom: 2px solid #90a4ae; }
			.explanation { color: #455a64; margin: 2px 0 8px 0; }
			.drawing svg { max-width: 100%; height: auto; }
			.question ul { margin: 2px 0 8px 0; padding-left: 18px; }
			.question li { margin: 3px 0; }
			.severity { display: inline-block; min-width: 52px; font-size: 8.5pt; font-weight: bold; text-transform: uppercase; }
			li.error .severity { color: #b71c1c; }
			li.warning .severity { color: #e65100; }
			li.info .severity { color: #546e7a; }
			.where, .code { color: #607d8b; font-size: 9pt; }
			.element-kind { color: #607d8b; font-size: 9pt; }
			.prompts li { margin: 4px 0 10px 0; }
			.prompts p { margin: 0 0 2px 0; }
			.notes { display: none; }
			.note-line { border-bottom: 1px dotted #90a4ae; height: 9mm; }
			footer { margin-top: 24px; color: #78909c; font-size: 9pt; }
			@media print {
			  body { max-width: none; padding: 0; }
			  nav { display: none; }
			  .map, .findings, .discussion { page-break-before: always; }
			  .drawing svg { max-height: 245mm; width: auto; }
			  .notes { display: block; }
			  a { color: #212121; text-decoration: none; }
			}
			""";
}

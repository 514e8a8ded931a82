package carepath.exchange;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import carepath.analysis.Labels;
import carepath.model.Category;
import carepath.model.Connection;
import carepath.model.ConnectionKind;
import carepath.model.Ecosystem;
import carepath.model.Need;
import carepath.model.Service;

/**
 * An ecosystem as the two sheets Kumu imports for a systems map: elements (Label, Type,
 * Description, Tags and Carepath's own fields) and connections (From, To, Type, Description...).
 * Services are labelled by name, which Kumu uses to join the connections to them.
 */
public final class KumuExport {
	private KumuExport() {
	}

	public static List<ExportedFile> export(Ecosystem ecosystem) {
		List<ExportedFile> sheets = new ArrayList<>();
		sheets.add(sheet(ecosystem.getName() + ".elements.csv",
				List.of("Label", "Type", "Description", "Tags", "Title", "Category", "Sector", "Setting", "Access", "Meets"),
				elements(ecosystem)));
		sheets.add(sheet(ecosystem.getName() + ".connections.csv",
				List.of("From", "To", "Type", "Description", "Criteria", "Decided by", "Joint", "Supported", "If declined"),
				connections(ecosystem)));
		return sheets;
	}

	private static List<List<String>> elements(Ecosystem ecosystem) {
		List<List<String>> rows = new ArrayList<>();
		for (Service service : ecosystem.getServices()) {
			Category category = service.getCategory();
			String group = category == null || category.eIsProxy() ? "" : Labels.of(category);
			rows.add(List.of(service.getName(), "Service", String.join("; ", service.getProvides()),
					String.join("|", service.getSettings().stream().map(s -> s.getLiteral()).toList()),
					nullToEmpty(service.getTitle()), group, service.isSetSector() ? service.getSector().getLiteral() : "",
					String.join("|", service.getSettings().stream().map(s -> s.getLiteral()).toList()),
					String.join("; ", service.getAccessCriteria()),
					String.join("|", service.getMeets().stream().filter(n -> !n.eIsProxy()).map(Need::getName).toList())));
		}
		return rows;
	}

	private static List<List<String>> connections(Ecosystem ecosystem) {
		List<List<String>> rows = new ArrayList<>();
		for (Connection connection : ecosystem.getConnections()) {
			if (connection.getSource() == null || connection.getTarget() == null) {
				continue;
			}
			Service declined = connection.getDeclinedPathway();
			rows.add(List.of(connection.getSource().getName(), connection.getTarget().getName(),
					connection.getKind() == ConnectionKind.SIGNPOST ? "Signpost" : "Referral", nullToEmpty(connection.getTitle()),
					String.join("; ", connection.getCriteria()), nullToEmpty(connection.getDecidedBy()),
					connection.isJoint() ? "yes" : "", connection.isSupported() ? "yes" : "",
					declined == null || declined.eIsProxy() ? "" : declined.getName()));
		}
		return rows;
	}

	private static ExportedFile sheet(String name, List<String> header, List<List<String>> rows) {
		StringWriter text = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
			for (List<String> row : rows) {
				printer.printRecord(row.stream().map(KumuExport::safeCell).toList());
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new ExportedFile(name, text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A cell a spreadsheet will not run as a formula: text starting with = + - @, a tab, a carriage
	 * return, a line feed, or a full-width equals or plus sign gets a leading apostrophe (CSV
	 * injection), as OWASP advises for files opened in spreadsheets.
	 */
	static String safeCell(String cell) {
		return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
	}

	private static final String FORMULA_STARTS = "=+-@\t\r\n\uFF1D\uFF0B";

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}

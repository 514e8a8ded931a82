package carepath.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import carepath.analysis.Identifiers;
import carepath.model.CarepathFactory;
import carepath.model.Category;
import carepath.model.Connection;
import carepath.model.ConnectionKind;
import carepath.model.Ecosystem;
import carepath.model.Model;
import carepath.model.Need;
import carepath.model.Sector;
import carepath.model.Service;
import carepath.model.Setting;

/**
 * Reads the system map spreadsheet template (docs/exchange.md): one row per service and one per
 * connection, told apart by the `kind` column. Services come first in the model whatever the row
 * order, needs and categories are made from the words used, and a row that cannot be used is
 * reported with its line number and skipped.
 */
public final class EcosystemSheetImport {
	private static final int MAX_ROWS = 100_000;

	private EcosystemSheetImport() {
	}

	public static ImportResult read(String csv, String mapTitle) {
		CarepathFactory factory = CarepathFactory.eINSTANCE;
		List<ImportProblem> problems = new ArrayList<>();
		Ecosystem ecosystem = factory.createEcosystem();
		Set<String> topNames = new HashSet<>();
		Map<String, Need> needs = new LinkedHashMap<>();
		Map<String, Category> categories = new LinkedHashMap<>();
		Map<String, Service> services = new HashMap<>();
		Set<String> serviceNames = new HashSet<>();
		List<CSVRecord> connectionRows = new ArrayList<>();
		try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
				.setTrim(true).setAllowMissingColumnNames(true).get().parse(new StringReader(csv))) {
			if (!parser.getHeaderMap().containsKey("kind")) {
				problems.add(new ImportProblem(1, "the first row must name the columns, with 'kind' among them"));
				return new ImportResult(model(ecosystem, needs), problems);
			}
			for (CSVRecord row : parser) {
				int line = lineOf(row);
				if (row.getRecordNumber() > MAX_ROWS) {
					problems.add(new ImportProblem(line, "more than " + MAX_ROWS + " rows; the rest was not read"));
					break;
				}
				String kind = cell(row, "kind").toLowerCase(Locale.ROOT);
				switch (kind) {
				case "service" -> {
					String title = first(cell(row, "title"), cell(row, "name"));
					if (title.isEmpty()) {
						problems.add(new ImportProblem(line, "a service needs a name; the row was skipped"));
						continue;
					}
					Service service = factory.createService();
					service.setName(Identifiers.from(first(cell(row, "name"), title), "service", serviceNames));
					if (!cell(row, "title").isEmpty() || !service.getName().equals(cell(row, "name"))) {
						service.setTitle(title);
					}
					String category = cell(row, "category");
					if (!category.isEmpty()) {
						service.setCategory(categories.computeIfAbsent(category, c -> category(c, categories, factory)));
					}
					list(cell(row, "provides")).forEach(service.getProvides()::add);
					list(cell(row, "access")).forEach(service.getAccessCriteria()::add);
					for (String setting : list(cell(row, "setting"))) {
						Setting value = Setting.get(setting.toLowerCase(Locale.ROOT));
						if (value == null) {
							problems.add(new ImportProblem(line, "'" + setting + "' is not a setting (" + String.join(", ",
									Setting.VALUES.stream().map(Setting::getLiteral).toList()) + "); left out"));
						} else {
							service.getSettings().add(value);
						}
					}
					String sector = cell(row, "sector").toLowerCase(Locale.ROOT);
					if (!sector.isEmpty()) {
						Sector value = Sector.get(sector);
						if (value == null) {
							problems.add(new ImportProblem(line, "'" + sector + "' is not a sector (statutory, third-sector, private, community); left out"));
						} else {
							service.setSector(value);
						}
					}
					for (String need : list(cell(row, "meets"))) {
						service.getMeets().add(needs.computeIfAbsent(need, n -> need(n, topNames, factory)));
					}
					ecosystem.getServices().add(service);
					services.put(cell(row, "name").isEmpty() ? title : cell(row, "name"), service);
					services.putIfAbsent(title, service);
				}
				case "referral", "signpost" -> connectionRows.add(row);
				case "" -> problems.add(new ImportProblem(line, "the kind is empty (service, referral or signpost); the row was skipped"));
				default -> problems.add(new ImportProblem(line, "'" + kind + "' is not a kind of row (service, referral or signpost); the row was skipped"));
				}
			}
			for (CSVRecord row : connectionRows) {
				connection(row, services, ecosystem, problems, factory);
			}
		} catch (IOException | IllegalArgumentException | IllegalStateException e) {
			problems.add(new ImportProblem(1, "not a readable CSV file (" + e.getMessage() + ")"));
		}
		ecosystem.getCategories().addAll(categories.values());
		ecosystem.setName(Identifiers.from(mapTitle, "map", topNames));
		if (!ecosystem.getName().equals(mapTitle)) {
			ecosystem.setTitle(mapTitle);
		}
		problems.sort(java.util.Comparator.comparingInt(ImportProblem::line));
		return new ImportResult(model(ecosystem, needs), problems);
	}

	private static void connection(CSVRecord row, Map<String, Service> services, Ecosystem ecosystem,
			List<ImportProblem> problems, CarepathFactory factory) {
		int line = lineOf(row);
		Service from = services.get(cell(row, "from"));
		Service to = services.get(cell(row, "to"));
		if (from == null || to == null) {
			problems.add(new ImportProblem(line, "no service named '" + (from == null ? cell(row, "from") : cell(row, "to"))
					+ "' in the sheet; the row was skipped"));
			return;
		}
		if (from == to) {
			problems.add(new ImportProblem(line, "a connection from a service to itself; the row was skipped"));
			return;
		}
		Connection connection = factory.createConnection();
		connection.setKind(cell(row, "kind").equalsIgnoreCase("signpost") ? ConnectionKind.SIGNPOST : ConnectionKind.REFERRAL);
		connection.setSource(from);
		connection.setTarget(to);
		list(cell(row, "criteria")).forEach(connection.getCriteria()::add);
		if (!cell(row, "decided by").isEmpty()) {
			connection.setDecidedBy(cell(row, "decided by"));
		}
		connection.setJoint(yes(cell(row, "joint")));
		connection.setSupported(yes(cell(row, "supported")));
		String declined = cell(row, "if declined");
		if (!declined.isEmpty()) {
			Service pathway = services.get(declined);
			if (pathway == null || pathway == to) {
				problems.add(new ImportProblem(line, "'if declined' must name another service of the sheet, not '" + declined + "'; left out"));
			} else {
				connection.setDeclinedPathway(pathway);
			}
		}
		ecosystem.getConnections().add(connection);
	}

	private static Category category(String title, Map<String, Category> known, CarepathFactory factory) {
		Category category = factory.createCategory();
		Set<String> used = new HashSet<>();
		known.values().forEach(c -> used.add(c.getName()));
		category.setName(Identifiers.from(title, "category", used));
		category.setTitle(title);
		return category;
	}

	private static Need need(String title, Set<String> used, CarepathFactory factory) {
		Need need = factory.createNeed();
		need.setName(Identifiers.from(title, "need", used));
		need.setTitle(title);
		return need;
	}

	private static Model model(Ecosystem ecosystem, Map<String, Need> needs) {
		Model model = CarepathFactory.eINSTANCE.createModel();
		model.getElements().addAll(needs.values());
		model.getElements().add(ecosystem);
		return model;
	}

	private static String cell(CSVRecord row, String column) {
		return row.isMapped(column) && row.isSet(column) ? row.get(column).replaceAll("[\\r\\n]+", " ").strip() : "";
	}

	private static String first(String a, String b) {
		return a.isEmpty() ? b : a;
	}

	/** Several values in one cell, separated by semicolons or bars. */
	private static List<String> list(String cell) {
		List<String> values = new ArrayList<>();
		for (String value : cell.split("[;|]")) {
			if (!value.isBlank()) {
				values.add(value.strip());
			}
		}
		return values;
	}

	private static boolean yes(String cell) {
		return List.of("yes", "y", "true", "x", "ja", "1").contains(cell.toLowerCase(Locale.ROOT));
	}

	/** The row's line in the sheet, the header being line 1 (a cell with a line break in it counts as one). */
	private static int lineOf(CSVRecord row) {
		return (int) row.getRecordNumber() + 1;
	}
}

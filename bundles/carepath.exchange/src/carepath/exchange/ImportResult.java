package carepath.exchange;

import java.util.List;

import carepath.model.Model;

/** What an import read, as a model ready to be written as text, and the lines it skipped. */
public record ImportResult(Model model, List<ImportProblem> problems) {
}

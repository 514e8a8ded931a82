package carepath.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import carepath.analysis.rules.Bottleneck;
import carepath.analysis.rules.BouncedBack;
import carepath.analysis.rules.CentralService;
import carepath.analysis.rules.DecisionNotJoint;
import carepath.analysis.rules.EmptyStage;
import carepath.analysis.rules.ExperienceGap;
import carepath.analysis.rules.FallsThroughGap;
import carepath.analysis.rules.IsolatedService;
import carepath.analysis.rules.LongTotalWait;
import carepath.analysis.rules.LongWait;
import carepath.analysis.rules.LowPointWithoutIdea;
import carepath.analysis.rules.ManySystems;
import carepath.analysis.rules.NeedsMissed;
import carepath.analysis.rules.NoCriteria;
import carepath.analysis.rules.NoDecider;
import carepath.analysis.rules.NoDeclinedPathway;
import carepath.analysis.rules.NoGoodPractice;
import carepath.analysis.rules.NoPersonExperience;
import carepath.analysis.rules.NoProfessionalExperience;
import carepath.analysis.rules.NoSystem;
import carepath.analysis.rules.OffDeclinedPathway;
import carepath.analysis.rules.PersonalIdentifier;
import carepath.analysis.rules.ReferralLoop;
import carepath.analysis.rules.RepeatedInformation;
import carepath.analysis.rules.TotalWait;
import carepath.analysis.rules.UnmappedHandover;
import carepath.analysis.rules.UnmetNeed;
import carepath.analysis.rules.UnsupportedSignpost;
import carepath.analysis.rules.WrongDoor;
import carepath.model.Model;
import carepath.model.TopLevelElement;

/** Every workshop check, and the way to run them over a project's maps. */
public final class WorkshopChecks {
	private static final List<WorkshopRule> RULES = List.of(
			// system maps
			new NoDeclinedPathway(), new WrongDoor(), new UnsupportedSignpost(), new NoDecider(), new NoCriteria(),
			new DecisionNotJoint(), new ReferralLoop(), new IsolatedService(), new UnmetNeed(), new Bottleneck(),
			new CentralService(),
			// journeys
			new RepeatedInformation(), new NoSystem(), new ManySystems(), new LongWait(), new TotalWait(),
			new LongTotalWait(), new UnmappedHandover(), new FallsThroughGap(), new OffDeclinedPathway(), new BouncedBack(),
			new LowPointWithoutIdea(), new NoPersonExperience(), new NoProfessionalExperience(), new ExperienceGap(),
			new NeedsMissed(), new EmptyStage(), new NoGoodPractice(),
			// personas and journeys
			new PersonalIdentifier());

	private WorkshopChecks() {
	}

	public static List<WorkshopRule> rules() {
		return RULES;
	}

	/** The rule with this code, or null. */
	public static WorkshopRule rule(String code) {
		for (WorkshopRule rule : RULES) {
			if (rule.code().equals(code)) {
				return rule;
			}
		}
		return null;
	}

	/** Runs every rule that is not off on one element, with the whole project as context. */
	public static void check(TopLevelElement element, AnalysisContext context, Consumer<Finding> out) {
		for (WorkshopRule rule : RULES) {
			Severity severity = context.settings().severityOf(rule);
			if (severity == Severity.OFF) {
				continue;
			}
			try {
				rule.check(element, context, (subject, feature, index, message) -> out
						.accept(new Finding(rule.code(), severity, message, subject, feature, index, rule.question())));
			} catch (RuntimeException | StackOverflowError failure) {
				// One failing check must not take the others, or the editor's markers, with it.
				out.accept(new Finding(rule.code(), Severity.WARNING, "The check '" + rule.code()
						+ "' could not finish on this map, so its findings are missing; please report it with this file.",
						element, null, -1, rule.question()));
			}
		}
	}

	/** Every finding on every top-level element of the given resources (a whole project). */
	public static List<Finding> run(Collection<? extends Resource> resources, CheckSettings settings) {
		List<TopLevelElement> elements = topLevelElements(resources);
		AnalysisContext context = new AnalysisContext(elements, settings);
		List<Finding> findings = new ArrayList<>();
		for (TopLevelElement element : elements) {
			check(element, context, findings::add);
		}
		return findings;
	}

	public static List<TopLevelElement> topLevelElements(Collection<? extends Resource> resources) {
		List<TopLevelElement> elements = new ArrayList<>();
		for (Resource resource : resources) {
			for (EObject root : resource.getContents()) {
				if (root instanceof Model model) {
					elements.addAll(model.getElements());
				}
			}
		}
		return elements;
	}
}

package carepath.dsl.tests;

import static carepath.dsl.tests.TestModels.issues;
import static carepath.dsl.tests.TestModels.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import carepath.dsl.load.ModelSet;
import carepath.dsl.load.Problem;

/** One model per issue code; each test asserts the complete list of problems (exact mode). */
class ValidationTest {

	private static final String BASE = """
			need mentalHealth
			need housing
			persona sam { needs mentalHealth }
			ecosystem lothian {
			  service gp { meets mentalHealth }
			  service cmht
			  service adp
			}
			""";

	private static Problem only(ModelSet set) {
		List<Problem> problems = TestModels.languageProblems(set);
		assertEquals(1, problems.size(), problems.toString());
		return problems.get(0);
	}

	@Test
	void unresolvedNameSuggestsTheClosest() {
		Problem problem = only(of(BASE + "persona ann { needs mentalHelth }"));
		assertEquals("unresolved-name", problem.code());
		assertEquals("Persona", problem.element());
		assertEquals("No need named 'mentalHelth' is known here. Did you mean 'mentalHealth'?", problem.message());
		assertEquals(9, problem.line());
		assertEquals(21, problem.column());
	}

	@Test
	void unresolvedNameWithoutCloseCandidate() {
		Problem problem = only(of(BASE + "persona ann { needs transport }"));
		assertEquals("No need named 'transport' is known here.", problem.message());
	}

	@Test
	void duplicateNamesInOneFile() {
		assertEquals(List.of("duplicate-name@9 Need"), issues(of(BASE + "need housing")));
	}

	@Test
	void duplicateNamesAcrossFiles() {
		List<Problem> problems = TestModels.languageProblems(of(BASE, "need housing \"again\""));
		assertEquals(2, problems.size(), problems.toString());
		assertEquals("f1.journey:2:6: error: There is already a need named 'housing' in f2.journey. [duplicate-name]",
				problems.get(0).toString());
		assertEquals("f2.journey:1:6: error: There is already a need named 'housing' in f1.journey. [duplicate-name]",
				problems.get(1).toString());
	}

	@Test
	void duplicateServicesInAnEcosystem() {
		assertEquals(List.of("duplicate-name@3 Service"), issues(of("ecosystem e {\n service a\n service a\n}")));
	}

	@Test
	void sameNameOfDifferentKindsIsFine() {
		assertEquals(List.of(), issues(of("need telecare\nsystem telecare\necosystem e { service telecare }")));
	}

	@Test
	void journeysAndEcosystemsShareANamespace() {
		assertEquals(List.of("duplicate-name@2 Journey"), issues(of("ecosystem x\njourney x { persona p stage s }\npersona p")));
	}

	@Test
	void scoreOutOfRange() {
		Problem problem = only(of(BASE + """
				journey j { persona sam ecosystem lothian
				  stage s { step a { at gp person feels -3 } }
				}"""));
		assertEquals("score-out-of-range", problem.code());
		assertEquals("A score goes from -2 to +2; -3 is outside that range.", problem.message());
		assertEquals(10, problem.line());
	}

	@Test
	void professionalScoreOutOfRange() {
		assertEquals(List.of("score-out-of-range@10 Experience"), issues(of(BASE + """
				journey j { persona sam ecosystem lothian
				  stage s { step a { at gp professional feels +5 "great" } }
				}""")));
	}

	@Test
	void connectionToItself() {
		assertEquals(List.of("self-connection@4 Connection"), issues(of("""
				ecosystem e {
				  service a
				  service b
				  referral a -> a
				  signpost a -> b
				}""")));
	}

	@Test
	void declinedPathwayToTheReferralsOwnTarget() {
		assertEquals(List.of("declined-to-target@4 Connection"), issues(of("""
				ecosystem e {
				  service a
				  service b
				  referral a -> b { if declined -> b }
				}""")));
	}

	@Test
	void stepAtAServiceOfAnotherEcosystem() {
		Problem problem = only(of(BASE + """
				ecosystem other { service library }
				journey j { persona sam ecosystem lothian
				  stage s { step a { at library } }
				}"""));
		assertEquals("service-outside-ecosystem", problem.code());
		assertEquals("Step", problem.element());
		assertEquals(11, problem.line());
		assertEquals("'library' is a service of 'other', not of 'lothian', the ecosystem of journey 'j'.",
				problem.message());
	}

	@Test
	void improvesAcrossKinds() {
		assertEquals(List.of("improves-other-kind@10 Journey"), issues(of(BASE + """
				journey j { persona sam stage s }
				journey k improves lothian { persona sam stage s }""")));
	}

	@Test
	void improvesItself() {
		assertEquals(List.of("improves-cycle@9 Journey", "improves-cycle@10 Journey"), issues(of(BASE + """
				journey j improves k { persona sam stage s }
				journey k improves j { persona sam stage s }""")));
	}

	@Test
	void missingPersonaIsAMetamodelConstraint() {
		Problem problem = only(of("journey j \"A journey\" { stage s }"));
		assertEquals("missing-property", problem.code());
		assertEquals("Journey", problem.element());
		assertEquals("Journey 'j' needs persona: add `persona ...`.", problem.message());
	}

	@Test
	void repeatedSingleProperty() {
		assertEquals(List.of("repeated-property@10 Journey"), issues(of(BASE + """
				journey j { persona sam
				  scope "one" scope "two" stage s
				}""")));
	}

	@Test
	void syntaxErrorsReadPlainly() {
		Problem problem = only(of("need a \"A\"\nneed"));
		assertEquals("syntax-error", problem.code());
		assertTrue(problem.message().contains("end of the file"), problem.message());
		assertTrue(!problem.message().contains("RULE_") && !problem.message().contains("EOF"), problem.message());
	}

	@Test
	void nameWithNonLetters() {
		assertEquals(List.of("invalid-name@1 Need"), issues(of("need a\u0482b")));
	}
}

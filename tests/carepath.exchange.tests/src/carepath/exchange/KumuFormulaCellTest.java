package carepath.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Kumu cells a spreadsheet would run as a formula start with an apostrophe (OWASP CSV injection). */
class KumuFormulaCellTest {

	@ParameterizedTest
	@ValueSource(strings = { "=SUM(A1)", "+1", "-1", "@cmd", "\tx", "\rx", "\nx", "\uFF1D1+1", "\uFF0B1" })
	void formulaStartsAreNeutralised(String cell) {
		assertEquals("'" + cell, KumuExport.safeCell(cell));
	}

	@ParameterizedTest
	@ValueSource(strings = { "GP practice", "", "1 = 1", "a\tb", "'quoted" })
	void ordinaryTextIsKept(String cell) {
		assertEquals(cell, KumuExport.safeCell(cell));
	}
}

package carepath.analysis.privacy;

/** The check-digit rules that make a long digit run an identifier rather than any number. */
final class CheckDigits {

	private CheckDigits() {
	}

	/**
	 * The modulus 11 check of NHS and CHI numbers: weights 10..2 on the first nine digits, check
	 * digit 11 - (sum mod 11), where 11 becomes 0 and 10 means the number is never issued.
	 */
	static boolean passesMod11(String tenDigits) {
		if (tenDigits.length() != 10) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += Digits.at(tenDigits, i) * (10 - i);
		}
		int check = 11 - sum % 11;
		if (check == 11) {
			check = 0;
		}
		return check != 10 && check == Digits.at(tenDigits, 9);
	}

	/** The Dutch "elfproef" of a BSN: 9*d1 + 8*d2 + ... + 2*d8 - d9 is a multiple of 11, and not all zeros. */
	static boolean passesElfproef(String nineDigits) {
		if (nineDigits.length() != 9) {
			return false;
		}
		int sum = 0;
		boolean allZero = true;
		for (int i = 0; i < 8; i++) {
			int digit = Digits.at(nineDigits, i);
			sum += digit * (9 - i);
			allZero &= digit == 0;
		}
		int last = Digits.at(nineDigits, 8);
		allZero &= last == 0;
		return !allZero && (sum - last) % 11 == 0;
	}
}

package carepath.analysis.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

/**
 * The privacy guard on sentences as they appear in personas, quotes and notes: each identifier
 * with its exact kind and text, and the near misses that must stay quiet.
 * <p>
 * Check digits of the numbers used, worked out by hand: NHS 943 476 5919 (weighted sum 299,
 * 299 mod 11 = 2, check 9), 401 023 2137 (92, 4, 7), 485 777 3457 (312, 4, 7); CHI 1203781237
 * (12-03-78, sum 147, 4, 7), 0101901232 (01-01-90, 86, 9, 2), 2902841205 (29-02-84, 193, 6, 5);
 * 2902831218 passes the check (190, 3, 8) but 29-02-83 is no date, so it is an NHS number;
 * 0513456783 (184, 8, 3) is also shaped like a Dutch landline. BSN 111222333 (66 = 6 x 11),
 * 123456782 (154 = 14 x 11), 234567892 (198 = 18 x 11), 182736453 (187 = 17 x 11).
 */
class PersonalIdentifierScannerTest {

	private static final PersonalIdentifierScanner SCANNER = new PersonalIdentifierScanner();

	@ParameterizedTest(name = "{0} in \"{1}\"")
	@CsvSource(delimiter = '|', textBlock = """
			NHS_NUMBER     | Her NHS number is 943 476 5919 on the letter.              | 943 476 5919
			NHS_NUMBER     | NHS no. 943-476-5919 was copied into the note.             | 943-476-5919
			NHS_NUMBER     | The referral quotes 9434765919 twice.                      | 9434765919
			NHS_NUMBER     | New patient (401 023 2137) registered with the practice.   | 401 023 2137
			NHS_NUMBER     | NHS: 4857773457.                                           | 4857773457
			NHS_NUMBER     | 2902831218 is on the form, and 1983 was no leap year.      | 2902831218
			CHI_NUMBER     | CHI 120378 1237 on the discharge letter                    | 120378 1237
			CHI_NUMBER     | Her CHI number is 1203781237.                              | 1203781237
			CHI_NUMBER     | The ward wrote 010190-1232 on the wristband.               | 010190-1232
			CHI_NUMBER     | Born on a leap day: 2902841205.                            | 2902841205
			CHI_NUMBER     | Grouped like an NHS number: 120 378 1237.                  | 120 378 1237
			BSN            | BSN: 111222333                                             | 111222333
			BSN            | Haar burgerservicenummer is 123456782.                     | 123456782
			BSN            | sofinummer 234567892 (oud)                                 | 234567892
			BSN            | Her citizen service number was 182736453.                  | 182736453
			BSN            | Op het formulier staat 1234.56.782 ingevuld.               | 1234.56.782
			BSN            | Written as 111 222 333 in the file.                        | 111 222 333
			EMAIL          | Mail sam.jones+care@nhs.scot about it.                     | sam.jones+care@nhs.scot
			EMAIL          | Contact: j_de-vries@zorg-regio.example.nl.                 | j_de-vries@zorg-regio.example.nl
			EMAIL          | (ann@example.co.uk)                                        | ann@example.co.uk
			EMAIL          | Stuur het naar INFO@Thuiszorg.NL vandaag.                  | INFO@Thuiszorg.NL
			PHONE          | Call her on 07700 900123 after six.                        | 07700 900123
			PHONE          | Her mobile: 07700900123                                    | 07700900123
			PHONE          | Landline 0131 536 1000 (evenings).                         | 0131 536 1000
			PHONE          | Her sister is on 020 7946 0958.                            | 020 7946 0958
			PHONE          | Text +44 7700 900123 first.                                | +44 7700 900123
			# 131 536 1000 alone passes the NHS check (sum 132, check 0); the phone number around it wins.
			PHONE          | From abroad: +44 (0)131 536 1000.                          | +44 (0)131 536 1000
			PHONE          | The flat: 0131 536 1000 24 hours a day.                    | 0131 536 1000
			PHONE          | Bel 06-12345678 na vijven.                                 | 06-12345678
			PHONE          | Bel 06 12345678 na vijven.                                 | 06 12345678
			PHONE          | Bel 0612345678 na vijven.                                  | 0612345678
			PHONE          | Vast nummer 010-1234567.                                   | 010-1234567
			PHONE          | Vast nummer 020 123 4567.                                  | 020 123 4567
			PHONE          | Vanuit het buitenland +31 6 12345678.                      | +31 6 12345678
			PHONE          | Vanuit het buitenland +31 (0)20 123 4567.                  | +31 (0)20 123 4567
			PHONE          | WhatsApp +31612345678                                      | +31612345678
			UK_POSTCODE    | She lives near EH1 1AA in the old town.                    | EH1 1AA
			UK_POSTCODE    | Flat 2, EH16 4SA                                           | EH16 4SA
			UK_POSTCODE    | Sent to SW1A 1AA by mistake.                               | SW1A 1AA
			UK_POSTCODE    | Manchester M1 1AE.                                         | M1 1AE
			UK_POSTCODE    | Birmingham B33 8TH                                         | B33 8TH
			UK_POSTCODE    | Croydon (CR2 6XH)                                          | CR2 6XH
			UK_POSTCODE    | DN55 1PT is on the envelope.                               | DN55 1PT
			UK_POSTCODE    | Glasgow G2 3AX, first floor.                               | G2 3AX
			DUTCH_POSTCODE | Woont op 1234 AB in Zwolle.                                | 1234 AB
			DUTCH_POSTCODE | Adres: Kerkstraat 12, 9712 CP Groningen                    | 9712 CP
			DUTCH_POSTCODE | Postcode 3511LX, tweede etage.                             | 3511LX
			DUTCH_POSTCODE | Verhuisd naar 2011 VK Haarlem.                             | 2011 VK
			DATE_OF_BIRTH  | Sam was born on 12 March 1978 in Leith.                    | 12 March 1978
			DATE_OF_BIRTH  | DOB: 12/03/1978                                            | 12/03/1978
			DATE_OF_BIRTH  | D.O.B. 12-03-1978 on the form.                             | 12-03-1978
			DATE_OF_BIRTH  | Date of birth 12.03.1978.                                  | 12.03.1978
			DATE_OF_BIRTH  | birth date 1978-03-12                                      | 1978-03-12
			DATE_OF_BIRTH  | Born 12 Mar 1978, youngest of three.                       | 12 Mar 1978
			DATE_OF_BIRTH  | She was born March 12, 1978.                               | March 12, 1978
			DATE_OF_BIRTH  | Her birthday is 5th May 1990.                              | 5th May 1990
			DATE_OF_BIRTH  | Born: 12th of March 1978                                   | 12th of March 1978
			DATE_OF_BIRTH  | DOB 12/03/78 on the old referral.                          | 12/03/78
			DATE_OF_BIRTH  | date of birth (US form): 12/31/1978                        | 12/31/1978
			DATE_OF_BIRTH  | Mevrouw is geboren op 12 maart 1978 in Utrecht.            | 12 maart 1978
			DATE_OF_BIRTH  | Dhr. de Vries, geb. 3-4-1950, woont alleen.                | 3-4-1950
			DATE_OF_BIRTH  | Geboortedatum: 29-02-1984                                  | 29-02-1984
			""")
	void findsTheIdentifierInASentence(IdentifierKind kind, String sentence, String identifier) {
		int start = sentence.indexOf(identifier);
		assertEquals(List.of(new IdentifierMatch(kind, start, start + identifier.length(), identifier)),
				SCANNER.scan(sentence));
	}

	@ParameterizedTest(name = "{0}: \"{1}\"")
	@CsvSource(delimiter = '|', textBlock = """
			NHS check digit changed            | NHS number 943 476 5918 on the letter.
			NHS middle digit changed           | NHS number 943 476 5929 on the letter.
			CHI check digit changed            | CHI 120378 1238
			CHI date digit changed             | CHI 1303781237
			CHI impossible date and bad check  | CHI 310278 1234
			nine-digit run                     | Reference 943476591 for the file.
			eleven-digit run                   | Reference 94347659190 for the file.
			NHS number inside a longer run     | Batch 943 476 5919 2 returned.
			NHS number after a digit group     | Batch 7 943 476 5919 returned.
			BSN failing the elfproef           | BSN: 123456789
			dotted BSN failing the elfproef    | Op het formulier staat 1234.56.789 ingevuld.
			BSN-valid run without cue          | Order 111222333 was delivered.
			cue too far from the number        | BSN follows in the attached letter, see page two: 111222333
			host without a dot                 | Mail user@localhost for the logs.
			handle                             | Thanks to @sam for the quote.
			at sign in prose                   | Sam @ the recovery cafe.
			appointment date                   | Appointment on 12/03/2024 at the clinic.
			date written out without cue       | Seen on 12 March 2024 by the nurse.
			year of birth only                 | Born in 1978 in Leith.
			decade only                        | She was born in the 1970s.
			age                                | Sam, aged 45, lives alone.
			impossible date of birth           | DOB 31/02/1978
			birth cue in an earlier sentence   | Date of birth unknown. Seen 12/03/2024.
			birth cue in an earlier clause     | Date of birth unknown, seen 12/03/2024.
			birthday without a year            | Her birthday is 12 March.
			duration                           | Waited 3 weeks for a call back.
			year                               | In 2024 the service moved.
			range                              | Waits of 10-20 minutes.
			time                               | Clinic at 09:30 every Tuesday.
			money                              | Owed £1,200 in rent arrears.
			UK freephone                       | Samaritans on 0800 123 4567.
			UK freephone 0808                  | Helpline 0808 157 0000.
			UK 0300 service number             | Call 0300 123 1000 for the council.
			NHS 111 and 999                    | Ring 111 or 999 in a crisis.
			Dutch freephone                    | Bel gratis 0800-0222.
			Dutch premium rate                 | Infolijn 0900-1234567.
			too short for a phone              | Ext. 01234 56 on the switchboard.
			time range                         | Open 0800-1700 on weekdays.
			outward code alone                 | Somewhere in EH1 near the station.
			lowercase postcode                 | She lives near eh1 1aa in the old town.
			postcode without space             | She lives near EH11AA in the old town.
			Dutch letters never issued         | Woont op 1234 SS in Zwolle.
			Dutch postcode in lower case       | Woont op 1234 ab in Zwolle.
			year before an abbreviation        | In 2019 GP visits became monthly.
			dose unit                          | Takes 1000 IU vitamin D.
			version                            | Version 1.2.3 of the care plan.
			Dutch prose with numbers           | Na 3 weken, 2 keer per dag 10 mg.
			""")
	void nearMissesAreNotFlagged(String why, String text) {
		assertEquals(List.of(), SCANNER.scan(text), why);
	}

	@Test
	void aLongCareJourneyWithoutIdentifiersIsClean() {
		String journey = """
				Sam is in her forties and has lived with depression since her teens. In 2019 she \
				saw her GP three times in 6 weeks; the GP referred her to the CMHT, and the referral \
				was declined at triage because her PHQ-9 score of 14 was below the threshold of 15. \
				She was signposted to the recovery cafe (open 10:00-16:00, Monday to Friday) and to \
				@CarersTrust on social media. After 3 months on the waiting list she went to A&E at \
				02:30 on a Sunday, waited 4.5 hours, and was seen by the liaison team in ward 12, \
				bed 4. She rated the experience 2/10 and said: "Nobody asked what I needed." Her \
				benefits were stopped for 8 weeks, leaving her £1,200 behind on rent; the council \
				offered a payment plan of £45 a week. Version 2.1 of the care plan lists 3 goals, \
				2 of them met by 12 March. Sertraline 50 mg once a day, raised to 100 mg after \
				4 weeks. Na 3 weken belde de wijkverpleegkundige, 2 keer per dag 10 mg, controle \
				over 6 maanden. Een score van 7-8 op de pijnschaal. De huisarts verwees haar door \
				in 2021, volgens NHG-standaard M44 (versie 2017).
				""";
		assertEquals(List.of(), SCANNER.scan(journey));
	}

	@Test
	void severalIdentifiersComeBackSortedWithOffsetsIntoTheOriginal() {
		String text = "Sam (DOB 12/03/1978, NHS 943 476 5919) lives at EH16 4SA; "
				+ "mail sam@example.org or call 07700 900123.";
		assertEquals(List.of(
				new IdentifierMatch(IdentifierKind.DATE_OF_BIRTH, 9, 19, "12/03/1978"),
				new IdentifierMatch(IdentifierKind.NHS_NUMBER, 25, 37, "943 476 5919"),
				new IdentifierMatch(IdentifierKind.UK_POSTCODE, 48, 56, "EH16 4SA"),
				new IdentifierMatch(IdentifierKind.EMAIL, 63, 78, "sam@example.org"),
				new IdentifierMatch(IdentifierKind.PHONE, 87, 99, "07700 900123")),
				SCANNER.scan(text));
	}

	@Test
	void offsetsCountFromTheStartOfTheText() {
		String text = "Line one.\nLine two: geboren 01-02-1960, BSN 1234.56.782, 1234 AB Amsterdam.";
		assertEquals(List.of(
				new IdentifierMatch(IdentifierKind.DATE_OF_BIRTH, 28, 38, "01-02-1960"),
				new IdentifierMatch(IdentifierKind.BSN, 44, 55, "1234.56.782"),
				new IdentifierMatch(IdentifierKind.DUTCH_POSTCODE, 57, 64, "1234 AB")),
				SCANNER.scan(text));
	}

	@Test
	void aCheckDigitBeatsThePhoneNumberItAlsoLooksLike() {
		// 0513456783 is a Dutch landline in shape and passes the NHS check; 05-13 is no date.
		assertEquals(List.of(new IdentifierMatch(IdentifierKind.NHS_NUMBER, 7, 17, "0513456783")),
				SCANNER.scan("Nummer 0513456783."));
	}

	@Test
	void anEmailAddressIsOneMatchEvenWithANumberInIt() {
		assertEquals(List.of(new IdentifierMatch(IdentifierKind.EMAIL, 5, 27, "9434765919@nhs.example")),
				SCANNER.scan("Mail 9434765919@nhs.example today"));
	}

	@ParameterizedTest
	@NullAndEmptySource
	void nothingInNoText(String text) {
		assertEquals(List.of(), SCANNER.scan(text));
	}

	@Test
	void awkwardInputFinishesQuickly() {
		String digitsAndSeparators = "1 2-3.4 ".repeat(20_000) + "0".repeat(50_000) + " 06-".repeat(10_000);
		String atSigns = "a.".repeat(40_000) + "@" + "b-".repeat(40_000) + "@@@".repeat(10_000);
		String cues = "born on the ".repeat(20_000) + "DOB 1".repeat(20_000);
		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
			assertEquals(List.of(), SCANNER.scan(digitsAndSeparators));
			assertEquals(List.of(), SCANNER.scan(atSigns));
			assertEquals(List.of(), SCANNER.scan(cues));
		});
	}

	@Test
	void oneScannerServesManyThreads() {
		List<String> texts = IntStream.range(0, 200)
				.mapToObj(i -> "Case " + i + ": NHS 943 476 5919, mail case" + i + "@example.org, call 07700 900123.")
				.toList();
		List<List<IdentifierMatch>> alone = texts.stream().map(SCANNER::scan).toList();
		List<List<IdentifierMatch>> together = texts.parallelStream().map(SCANNER::scan).toList();
		assertEquals(alone, together);
		assertEquals(3, together.get(199).size());
	}
}

package carepath.dsl.ide.edit;

/** A journey for the journey map's edits, with comments before, inside and after its elements. */
final class JourneyTexts {
	private JourneyTexts() {
	}

	static final String JOURNEY = """
			// Sam's journey.
			journey sam {
			  stage crisis "Crisis" {
			    // the first contact
			    step call "Calls the helpline" {
			      person feels -1 "Nobody answers" // at night
			    } // end of call
			    step visit "A&E visit" { pain waiting }
			  }
			  stage after {
			    step home "Home again"
			  }
			  stage empty "Nothing yet"
			}
			// end of file
			""";
}

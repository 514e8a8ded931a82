package carepath.report;

import java.util.List;

import carepath.model.Journey;
import carepath.model.MapModel;

/**
 * The prompts a facilitator puts to the group, in the two parts the toolkits use: reflecting on
 * what happened, then improving practice. Printed with room for notes under each.
 */
record DiscussionPrompts(List<String> reflecting, List<String> improving) {

	static DiscussionPrompts of(MapModel map) {
		return map instanceof Journey ? JOURNEY : SYSTEM;
	}

	private static final DiscussionPrompts JOURNEY = new DiscussionPrompts(List.of(
			"What happened at each stage, as the person would tell it?",
			"Where did the person's experience dip, and why?",
			"How did it feel for the professionals involved?",
			"Where did the person wait, tell their story again, or fall through a gap?",
			"Which decisions were the key moments, and who made them?"),
			List.of(
					"What would have made the biggest difference to this person?",
					"What good practice here should be kept or spread?",
					"Which change idea could we test first, and who needs to be involved?",
					"How would we know that the change made things better?"));

	private static final DiscussionPrompts SYSTEM = new DiscussionPrompts(List.of(
			"Where are the wrong doors: places people go that cannot help them?",
			"Are decisions about access made jointly?",
			"Does signposting need support to work?",
			"When a referral is rejected, where do people go?",
			"Is information collected again and again?"),
			List.of(
					"Which connection, if it changed, would make the biggest difference?",
					"Which services does everything depend on, and how could that be made safer?",
					"What would a better way in look like for the person?",
					"Who needs to be in the room to change it?"));
}

package carepath.analysis.rules;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The position of each element in its list, to sort by the model's order in linear time:
 * `list::indexOf` as a sort key is quadratic, minutes on a map of tens of thousands of services.
 */
final class ModelOrder {
	private ModelOrder() {
	}

	static <T> Map<T, Integer> of(List<T> elements) {
		Map<T, Integer> order = new IdentityHashMap<>();
		for (T element : elements) {
			order.putIfAbsent(element, order.size());
		}
		return order;
	}
}

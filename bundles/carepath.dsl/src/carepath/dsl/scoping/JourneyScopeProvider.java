package carepath.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.MapBasedScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

import carepath.model.CarepathPackage.Literals;
import carepath.model.Ecosystem;
import carepath.model.Journey;
import carepath.model.Service;

/**
 * A step is written inside a journey, but its service lives in an ecosystem. It sees, nearest
 * first: the services of its journey's ecosystem by their short names; then the services of every
 * other ecosystem by short name (so that a step at the wrong ecosystem's service gets a clear
 * error rather than "unknown"); then every service by its qualified name `ecosystem.service`.
 */
public class JourneyScopeProvider extends AbstractJourneyScopeProvider {

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == Literals.STEP__SERVICE) {
			Journey journey = EcoreUtil2.getContainerOfType(context, Journey.class);
			if (journey != null) {
				return cache.get(Tuples.create(journey, "step-services"), journey.eResource(),
						() -> stepServices(journey, context, reference));
			}
		}
		return super.getScope(context, reference);
	}

	private IScope stepServices(Journey journey, EObject context, EReference reference) {
		IScope qualified = super.getScope(context, reference);
		IResourceDescriptions index = indexProvider.getResourceDescriptions(journey.eResource());
		IScope byShortName = MapBasedScope.createScope(qualified,
				shortNames(index.getExportedObjectsByType(Literals.SERVICE)));
		Ecosystem ecosystem = journey.getEcosystem();
		if (ecosystem == null || ecosystem.eIsProxy()) {
			return byShortName;
		}
		List<IEObjectDescription> own = new ArrayList<>();
		for (Service service : ecosystem.getServices()) {
			if (service.getName() != null) {
				own.add(EObjectDescription.create(QualifiedName.create(service.getName()), service));
			}
		}
		return MapBasedScope.createScope(byShortName, own);
	}

	private static List<IEObjectDescription> shortNames(Iterable<IEObjectDescription> qualified) {
		List<IEObjectDescription> result = new ArrayList<>();
		for (IEObjectDescription description : qualified) {
			QualifiedName name = description.getName();
			if (name.getSegmentCount() > 1) {
				result.add(EObjectDescription.create(QualifiedName.create(name.getLastSegment()),
						description.getEObjectOrProxy()));
			}
		}
		return result;
	}
}

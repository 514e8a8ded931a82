package carepath.dsl.linking;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.linking.impl.LinkingHelper;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.serializer.diagnostic.ISerializationDiagnostic.Acceptor;
import org.eclipse.xtext.serializer.tokens.CrossReferenceSerializer;

import com.google.inject.Inject;

/**
 * Writes a reference by looking its target's own name up in the scope, shortest form first, as
 * the linker will read it back. Xtext's serializer instead walks every element of the scope in
 * search of the target, once per reference: writing an imported sheet of 10,000 services and
 * their referrals took minutes. Where the name does not lead back to the target, Xtext's way decides.
 */
public class NamedCrossReferenceSerializer extends CrossReferenceSerializer {
	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private IQualifiedNameConverter nameConverter;

	@Inject
	private LinkingHelper linkingHelper;

	@Inject
	private IValueConverterService valueConverter;

	@Override
	protected String getCrossReferenceNameFromScope(EObject semanticObject, CrossReference crossref, EObject target,
			IScope scope, Acceptor errors) {
		QualifiedName full = target.eIsProxy() ? null : names.getFullyQualifiedName(target);
		if (full != null) {
			for (int skipped = full.getSegmentCount() - 1; skipped >= 0; skipped--) {
				QualifiedName candidate = full.skipFirst(skipped);
				IEObjectDescription found = scope.getSingleElement(candidate);
				if (found != null && leadsTo(found, target)) {
					try {
						return valueConverter.toString(nameConverter.toString(candidate), linkingHelper.getRuleNameFrom(crossref));
					} catch (ValueConverterException e) {
						break; // a name the language cannot write here: let Xtext's way report it
					}
				}
			}
		}
		return super.getCrossReferenceNameFromScope(semanticObject, crossref, target, scope, errors);
	}

	private static boolean leadsTo(IEObjectDescription found, EObject target) {
		EObject candidate = found.getEObjectOrProxy();
		return candidate == target || candidate.eIsProxy() && found.getEObjectURI().equals(EcoreUtil.getURI(target));
	}
}

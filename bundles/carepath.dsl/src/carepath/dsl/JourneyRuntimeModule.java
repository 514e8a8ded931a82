package carepath.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.serializer.tokens.ICrossReferenceSerializer;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.IDiagnosticConverter;

import com.google.inject.Binder;
import com.google.inject.name.Names;

import carepath.dsl.conversion.JourneyValueConverters;
import carepath.dsl.formatting.JourneyFormatter;
import carepath.dsl.linking.DidYouMeanMessageProvider;
import carepath.dsl.parser.ReadableSyntaxErrors;
import carepath.dsl.linking.NamedCrossReferenceSerializer;
import carepath.dsl.validation.MetamodelDiagnosticConverter;

/** The journey language's services beyond what Xtext generates. */
public class JourneyRuntimeModule extends AbstractJourneyRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return JourneyValueConverters.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return ReadableSyntaxErrors.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return JourneyFormatter.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return DidYouMeanMessageProvider.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider.Extended> bindILinkingDiagnosticMessageProvider$Extended() {
		return DidYouMeanMessageProvider.class;
	}

	public Class<? extends ICrossReferenceSerializer> bindICrossReferenceSerializer() {
		return NamedCrossReferenceSerializer.class;
	}

	public Class<? extends IDiagnosticConverter> bindIDiagnosticConverter() {
		return MetamodelDiagnosticConverter.class;
	}

	/** The metamodel's generated validator already extends EObjectValidator; don't run it twice. */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bind(Boolean.TYPE).annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR))
				.toInstance(false);
	}
}

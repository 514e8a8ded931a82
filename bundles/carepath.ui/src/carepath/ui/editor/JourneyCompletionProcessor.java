package carepath.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Injector;

import carepath.ui.JourneyServices;

/**
 * Content assist from Xtext's IDE services, as its language server offers it: keywords where
 * the grammar allows them and names from every file of the project where a reference goes.
 */
final class JourneyCompletionProcessor implements IContentAssistProcessor {
	private static final ExecutorService PARSER_POOL = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "Carepath content assist");
		thread.setDaemon(true);
		return thread;
	});

	private final ProjectFiles files;

	JourneyCompletionProcessor(ProjectFiles files) {
		this.files = files;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		return proposals(viewer.getDocument().get(), offset).toArray(ICompletionProposal[]::new);
	}

	/** The proposals at {@code offset} of {@code text}. */
	List<ICompletionProposal> proposals(String text, int offset) {
		Injector injector = JourneyServices.injector();
		XtextResource resource = Snapshots.parse(files, text, JourneyServices.newModelSet());
		ContentAssistContextFactory contexts = injector.getInstance(ContentAssistContextFactory.class);
		contexts.setPool(PARSER_POOL);
		ContentAssistContext[] found = contexts.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
		injector.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(found), acceptor);
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (ContentAssistEntry entry : acceptor.getEntries()) {
			String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
			String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
			String shown = entry.getDescription() != null ? label + " - " + entry.getDescription() : label;
			proposals.add(new CompletionProposal(entry.getProposal(), offset - prefix.length(), prefix.length(),
					entry.getProposal().length(), null, shown, null, entry.getDocumentation()));
		}
		return proposals;
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
